import { hash, verify } from '@node-rs/argon2';

export const minimumPasswordLength = 10;

// Algorithm.Argon2id of @node-rs/argon2, a const enum that isolated modules cannot read.
const argon2id = 2;

/** An argon2id hash with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let unknownUserHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification when the email is unknown, so response times
 * do not tell which emails have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  unknownUserHash ??= hashPassword('no account has this password');
  await verify(await unknownUserHash, password);
  return false;
}

/** Null when the password is acceptable, otherwise why not. */
export function checkPasswordStrength(password: string): string | null {
  if (password.length < minimumPasswordLength) {
    return `the password must have at least ${minimumPasswordLength} characters`;
  }
  return null;
}
