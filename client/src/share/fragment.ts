// Default import: lz-string is CommonJS, and only its default export exists under plain Node ESM.
import LZString from 'lz-string';

/**
 * Shared drafts travel in the URL fragment (`#dela=…`): browsers never send the fragment to the
 * server, so the text stays between the people who share the link.
 */
export interface SharedDraft {
  text: string;
  channels?: string[];
}

export const shareKey = 'dela';

// Same limits as the lint API, so a shared text can always be checked.
const maxText = 20_000;
const maxChannels = 20;
const maxData = 200_000;

/** The fragment data (without `#dela=`) for a draft; lz-string keeps it URL-safe and short. */
export function encodeShare({ text, channels }: SharedDraft): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(channels ? { v: 1, t: text, c: channels } : { v: 1, t: text }));
}

/** A link that opens the draft in the editor at `path` (the editor by default). */
export function shareUrl(draft: SharedDraft, path = '/', origin = window.location.origin): string {
  return `${origin}${path}#${shareKey}=${encodeShare(draft)}`;
}

/** Reads a shared draft from a location hash (`#dela=…`, other `&`-separated keys allowed); null when there is none or it is broken. */
export function decodeShare(hash: string): SharedDraft | null {
  const data = hash
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith(`${shareKey}=`))
    ?.slice(shareKey.length + 1);
  if (!data || data.length > maxData) return null;
  let value: unknown;
  try {
    const json = LZString.decompressFromEncodedURIComponent(data);
    if (!json) return null;
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { t, c } = value as { t?: unknown; c?: unknown };
  if (typeof t !== 'string' || t.length > maxText) return null;
  if (c === undefined) return { text: t };
  if (!Array.isArray(c) || c.length > maxChannels || !c.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 40)) return null;
  return { text: t, channels: c as string[] };
}
