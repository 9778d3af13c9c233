import { createHash } from 'node:crypto';

/** The SHA-256 digest of text or bytes, in hex: what tells one version of a file from another. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
