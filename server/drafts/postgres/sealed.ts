import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Crypto-shredding for PostgreSQL. A DELETE there leaves the row in the table's heap file (and its
 * inserts in the WAL) until the space happens to be reused; rewriting the big tables after every
 * deletion (VACUUM FULL) would lock them for as long as a copy takes. So each draft gets a random
 * AES-256-GCM key, every text of the draft that may hold personal data is stored sealed with it, and
 * deleting the draft deletes the key, after which only the small key table is rewritten.
 */
export const newDraftKey = () => randomBytes(32);

const ivBytes = 12;
const tagBytes = 16;

/** iv ‖ tag ‖ ciphertext. The draft id is authenticated with it, so a sealed value cannot be moved to another draft. */
export function seal(key: Buffer, draftId: string, plain: string): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(draftId, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, draftId: string, sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(draftId, 'utf8'));
  decipher.setAuthTag(sealed.subarray(ivBytes, ivBytes + tagBytes));
  return Buffer.concat([decipher.update(sealed.subarray(ivBytes + tagBytes)), decipher.final()]).toString('utf8');
}

/** Sealing and unsealing with one draft's key. */
export function sealerOf(key: Buffer, draftId: string) {
  return {
    seal: (plain: string) => seal(key, draftId, plain),
    unseal: (sealed: Buffer) => unseal(key, draftId, sealed),
  };
}
