import { useId } from 'react';
import type { ProfileSummary } from '../rules/api.ts';

interface Props {
  profiles: ProfileSummary[];
  value: string;
  onChange: (id: string) => void;
}

/**
 * Which guideline the draft is checked against, when the server has more than one profile. The choice
 * belongs to the draft (kept with it in the tab) and goes with it when it is sent for review.
 */
export function ProfilePicker({ profiles, value, onChange }: Props) {
  const id = useId();
  if (profiles.length < 2) return null;
  return (
    <p className="profile-picker">
      <label htmlFor={id}>Riktlinje</label>{' '}
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
