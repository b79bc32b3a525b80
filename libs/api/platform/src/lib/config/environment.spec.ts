import { InvalidEnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('applies defaults when nothing is configured', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.JOBS_ENABLED).toBe(true);
    expect(env.SEED_DEMO).toBeUndefined();
  });

  it('converts numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', SEED_DEMO: 'true', JOBS_ENABLED: 'false', TRUST_PROXY: '1' });
    expect(env).toMatchObject({ PORT: 8080, SEED_DEMO: true, JOBS_ENABLED: false, TRUST_PROXY: 1 });
  });

  it('names every bad variable and the value it got', () => {
    const attempt = () => validateEnvironment({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(InvalidEnvironmentError);
    expect(attempt).toThrow(/PORT must be an integer number \(got "abc"\)/);
    expect(attempt).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(attempt).toThrow(/LOG_LEVEL must be one of the following values/);
  });

  it('requires the app and vote origin secrets in production, at least 32 characters each', () => {
    const secret = 'a-production-secret-of-32-chars!';
    const attempt = (env: Record<string, string>) => () => validateEnvironment({ NODE_ENV: 'production', ...env });
    expect(attempt({ APP_SECRET: secret })).toThrow(/VOTE_ORIGIN_SECRET must be set in production/);
    expect(attempt({ APP_SECRET: secret, VOTE_ORIGIN_SECRET: 'short' })).toThrow(
      /VOTE_ORIGIN_SECRET must be longer than or equal to 32 characters/,
    );
    expect(attempt({ APP_SECRET: secret, VOTE_ORIGIN_SECRET: secret })()).toMatchObject({ VOTE_ORIGIN_SECRET: secret });
    expect(validateEnvironment({}).VOTE_ORIGIN_SECRET).toBeUndefined();
  });

  it('sends mail to the outbox from a default sender unless SMTP is configured', () => {
    const env = validateEnvironment({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe('Crowdforge <no-reply@crowdforge.local>');
    expect(validateEnvironment({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it.each([
    'smtp://mail.example.org',
    'smtp://user:p%40ss@mail.example.org:587',
    'smtps://user:pass@mail.example.org:465',
    'smtp://127.0.0.1:2525/?requireTLS=true',
  ])('accepts SMTP_URL %s', (url) => {
    expect(validateEnvironment({ SMTP_URL: url }).SMTP_URL).toBe(url);
  });

  it.each([
    'http://mail.example.org',
    'smtp://',
    'smtp://user:pass@',
    'smtp://mail example.org',
    'mail.example.org:25',
  ])('rejects SMTP_URL %s', (url) => {
    expect(() => validateEnvironment({ SMTP_URL: url })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it('does not echo a rejected SMTP_URL, which may hold a password', () => {
    const attempt = () => validateEnvironment({ SMTP_URL: 'https://user:s3cret@mail.example.org' });
    expect(attempt).toThrow(/SMTP_URL/);
    expect(attempt).not.toThrow(/s3cret/);
  });

  it.each(['no-reply@example.org', 'Crowdforge <no-reply@example.org>', '"Crowdforge, Gemeente X" <cf@example.org>'])(
    'accepts MAIL_FROM %s',
    (from) => {
      expect(validateEnvironment({ MAIL_FROM: from }).MAIL_FROM).toBe(from);
    },
  );

  it.each(['', 'Crowdforge', 'Crowdforge <no-reply>', 'a@b.org\r\nBcc: x@y.org', 'Crowdforge\n<a@b.org>'])(
    'rejects MAIL_FROM %j',
    (from) => {
      expect(() => validateEnvironment({ MAIL_FROM: from })).toThrow(
        /MAIL_FROM must be an address or "Name <address>"/,
      );
    },
  );

  it('ignores variables it does not own', () => {
    const env = validateEnvironment({ HOME: '/root', PATH: '/bin' });
    expect(env).not.toHaveProperty('HOME');
  });
});
