import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random opaque token: 32 bytes, URL-safe base64. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and keys are stored as their SHA-256: enough for high-entropy secrets, and fast to look up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
