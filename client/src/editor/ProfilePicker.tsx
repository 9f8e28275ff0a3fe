import { useId } from 'react';
import type { ProfileSummary } from '../rules/api.ts';

interface Props {
  profiles: ProfileSummary[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
}

/**
 * A choice of guideline profile, shown only when the server has more than one. In the editor it is the
 * profile the draft is checked against (kept with the draft, sent with it for review); on /profil, which
 * profile to show.
 */
export function ProfilePicker({ profiles, value, onChange, label = 'Riktlinje' }: Props) {
  const id = useId();
  if (profiles.length < 2) return null;
  return (
    <p className="profile-picker">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
            {profile.default ? ' (standard)' : ''}
          </option>
        ))}
      </select>
    </p>
  );
}
