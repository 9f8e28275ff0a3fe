import { request } from '../api/client.ts';

export interface ProfileSummary {
  id: string;
  name: string;
  default: boolean;
}

let profilesCache: Promise<ProfileSummary[]> | undefined;
/** The profiles the server knows, fetched once per page load. */
export const getProfiles = () =>
  (profilesCache ??= request<{ profiles: ProfileSummary[] }>('/api/profiles')
    .then((body) => body.profiles)
    .catch((error: unknown) => {
      profilesCache = undefined;
      throw error;
    }));
