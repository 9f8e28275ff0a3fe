import { createHash, randomBytes } from 'node:crypto';

/** Links of deleted drafts answer 410 for this long, then 404 like any unknown link. */
export const tombstoneDays = 365;

/** 256 random bits, URL-safe: 43 characters. */
export const newToken = () => randomBytes(32).toString('base64url');

/** A token's shape; anything else is an unknown link without asking the database. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Only this hash is stored, so a copy of the database does not hand out working links. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * The key of a client (its IP address) for the drafts-per-day quota: hashed, so the database holds
 * no addresses, and kept only for a day.
 */
export const hashClient = (client: string) => createHash('sha256').update(`postkoll-client:${client}`, 'utf8').digest();
