import type { ApiFailure } from './client.ts';

/**
 * A calm Swedish message for a refused call (too long, rate limit, quota, overloaded, full storage): the
 * server's reason, what to do, and that the text is kept, since nothing the user wrote is thrown away.
 * `shorten` says what happens after shortening (the editor lints again; a save can be retried).
 */
export function calmMessage(error: ApiFailure, shorten = 'Korta texten och försök igen.'): string {
  if (error.status === 413) return `${error.message} ${shorten} Din text finns kvar här.`;
  return error.message.includes('finns kvar') ? error.message : `${error.message} Din text finns kvar här.`;
}
