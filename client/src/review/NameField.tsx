import type { RefObject } from 'react';
import { draftLimits } from '../../../rules/api/limits.ts';

const storageKey = 'postkoll.namn';

/** The typed name is remembered in this browser only, for the next review. */
export const rememberedName = () => {
  try {
    return localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
};

export const rememberName = (name: string) => {
  try {
    localStorage.setItem(storageKey, name);
  } catch {
    // Private mode: the name just is not remembered.
  }
};

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  hint?: string;
}

export function NameField({ id, value, onChange, inputRef, hint = 'Namnet visas vid det du gör här och i aktivitetsloggen.' }: Props) {
  return (
    <div className="rv-name-field">
      <label htmlFor={id}>Ditt namn</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        autoComplete="name"
        value={value}
        maxLength={draftLimits.nameLength}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
          rememberName(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="rv-hint">
        {hint}
      </p>
    </div>
  );
}
