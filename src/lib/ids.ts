import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new record id (UUID v4). */
export const newId = (): string => randomUUID();

/** A new secret token with a recognisable prefix, e.g. kring_… for API tokens. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

/** How secrets are stored: SHA-256 hex. Tokens are long and random, so no salt or slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
