import { hash, verify } from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 });
}

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'This password is too common. Choose another.';
  if (email && lowered.includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) {
    return 'Do not use your email address in your password.';
  }
  return null;
}

/** Spend the same time when there is no account, so timing does not reveal which emails exist. */
const DUMMY_HASH = hashPassword('crowdforge-timing-equaliser');
export async function equaliseTiming(password: string): Promise<void> {
  await passwordMatches(await DUMMY_HASH, password);
}
