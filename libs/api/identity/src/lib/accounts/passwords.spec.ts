import { hashPassword, passwordMatches, passwordWeakness } from './passwords';

describe('password policy', () => {
  it.each([
    ['shorter than 10 characters', 'Tea4two!', /at least 10/],
    ['on the list of common passwords', 'qwertyuiop', /too common/],
    ['common whatever the case', 'PassWord123', /too common/],
    ['a common Dutch one', 'Wachtwoord123', /too common/],
    ['longer than 200 characters', 'x'.repeat(201), /at most 200/],
  ])('refuses a password %s', (_, password, reason) => {
    expect(passwordWeakness(password)).toMatch(reason);
  });

  it('refuses a password containing the email name', () => {
    expect(passwordWeakness('marieke-loves-tea', 'marieke@example.nl')).toMatch(/email/);
  });

  it('accepts a long uncommon passphrase', () => {
    expect(passwordWeakness('kettle mountain violet 42', 'ada@example.org')).toBeNull();
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('kettle mountain violet 42');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await passwordMatches(hash, 'kettle mountain violet 42')).toBe(true);
    expect(await passwordMatches(hash, 'kettle mountain violet 43')).toBe(false);
    expect(await passwordMatches(null, 'anything')).toBe(false);
    expect(await passwordMatches('not-a-hash', 'anything')).toBe(false);
  });
});
