import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? value : value === true || value === 'true' || value === '1';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
const REDIS_URL = /^rediss?:\/\/[^\s]+$/;
const SMTP_URL = /^smtps?:\/\/([^\s/?#@]+@)?[^\s/?#@:]+(:\d+)?\/?(\?\S*)?$/;
/** `address@domain` or `Name <address@domain>`; no line breaks, which could inject headers. */
const MAIL_FROM = /^([^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

/**
 * Everything the API reads from its environment, validated once at boot.
 * Property names are the variable names so error messages point at them.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Unset: `npm start` runs an embedded PostgreSQL under DATA_DIR. */
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (value === '' ? undefined : value))
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  /** Unset: in-process store (one instance only). */
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (value === '' ? undefined : value))
  REDIS_URL?: string;

  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. Unset: mail goes to the outbox table. */
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (value === '' ? undefined : value))
  SMTP_URL?: string;

  @IsString()
  @MaxLength(200)
  MAIL_FROM = 'Crowdforge <no-reply@crowdforge.local>';

  @IsString()
  DATA_DIR = '.data';

  /** Where attachments are stored; unset: `files` under DATA_DIR. */
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (value === '' ? undefined : value))
  FILES_DIR?: string;

  /** How many megabytes of attachments one person may keep. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ATTACHMENT_QUOTA_MB = 200;

  @IsString()
  WEB_DIST_DIR = 'dist/web/browser';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Seed the demo data; defaults to on for the embedded database only. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @Transform(toBoolean)
  @IsBoolean()
  JOBS_ENABLED = true;

  /** Signs emailed links. Required in production; elsewhere a development secret is used. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  APP_SECRET?: string;

  /**
   * Keys the hash that records which client address a vote came from (never the address itself).
   * Required in production; elsewhere derived from the app secret.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  VOTE_ORIGIN_SECRET?: string;

  /** Where people reach the platform; links in emails point here. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  /** How many reverse-proxy hops to trust for the client address. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** How often each instance refreshes the tallies of ideas whose votes changed (the most a ranking lags behind). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  VOTE_TALLY_INTERVAL_MS = 1000;

  /** Votes (cast, changed or taken back) one person may send a minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  VOTES_PER_MINUTE_PER_PERSON = 60;

  /** Votes one client address may send a minute (an office behind one address counts as one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  VOTES_PER_MINUTE_PER_IP = 3000;

  /**
   * How long a live-tally subscription lasts before the browser reconnects and is authorised again
   * (the most a change of who may see a challenge takes to reach an open board).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LIVE_TALLIES_SECONDS = 300;

  /** Sign-in attempts one client address may make in five minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_INS_PER_IP = 30;

  /** Sign-in attempts on one account in fifteen minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_INS_PER_ACCOUNT = 10;
}

const ENVIRONMENT_KEYS = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'EMBEDDED_POSTGRES_PORT',
  'REDIS_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'DATA_DIR',
  'FILES_DIR',
  'ATTACHMENT_QUOTA_MB',
  'WEB_DIST_DIR',
  'LOG_LEVEL',
  'SEED_DEMO',
  'JOBS_ENABLED',
  'TRUST_PROXY',
  'VOTE_TALLY_INTERVAL_MS',
  'VOTES_PER_MINUTE_PER_PERSON',
  'VOTES_PER_MINUTE_PER_IP',
  'LIVE_TALLIES_SECONDS',
  'SIGN_INS_PER_IP',
  'SIGN_INS_PER_ACCOUNT',
  'APP_SECRET',
  'VOTE_ORIGIN_SECRET',
  'PUBLIC_URL',
] as const satisfies readonly (keyof Environment)[];

export class InvalidEnvironmentError extends Error {}

export function validateEnvironment(raw: NodeJS.ProcessEnv): Environment {
  const relevant = Object.fromEntries(
    ENVIRONMENT_KEYS.filter((key) => raw[key] !== undefined).map((key) => [key, raw[key]]),
  );
  const env = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const problems = validateSync(env, { forbidUnknownValues: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${message} (got ${JSON.stringify(raw[error.property])})`),
  );
  if (env.DATABASE_URL !== undefined && !POSTGRES_URL.test(env.DATABASE_URL)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  if (env.REDIS_URL !== undefined && !REDIS_URL.test(env.REDIS_URL)) {
    problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  }
  if (env.SMTP_URL !== undefined && !SMTP_URL.test(env.SMTP_URL)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL: smtp://user:password@host:port');
  }
  if (typeof env.MAIL_FROM === 'string' && !MAIL_FROM.test(env.MAIL_FROM)) {
    problems.push(`MAIL_FROM must be an address or "Name <address>" (got ${JSON.stringify(raw['MAIL_FROM'])})`);
  }
  if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
    problems.push('APP_SECRET must be set in production (at least 32 characters)');
  }
  if (env.NODE_ENV === 'production' && !env.VOTE_ORIGIN_SECRET) {
    problems.push('VOTE_ORIGIN_SECRET must be set in production (at least 32 characters)');
  }
  if (problems.length > 0) {
    throw new InvalidEnvironmentError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return env;
}
