import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { OrganisationRole } from '@crowdforge/contracts';
import { hash } from 'argon2';
import type { EntityManager } from 'typeorm';

export const TEST_PASSWORD = 'correct horse battery staple';
// One hash for every test person: argon2 is slow on purpose.
const passwordHash = hash(TEST_PASSWORD, { type: 2, memoryCost: 8192, timeCost: 2 });

export interface TestPerson {
  id: string;
  email: string;
}

export interface SignedInPerson extends TestPerson {
  cookie: string;
  csrfToken: string;
  /** Headers for a request as this person (cookie and CSRF token). */
  headers: Record<string, string>;
}

let sequence = 0;

function manager(app: NestFastifyApplication): EntityManager {
  return app.get<EntityManager>(getEntityManagerToken());
}

/** A verified account, straight into the database. */
export async function createPerson(
  app: NestFastifyApplication,
  options: { name?: string; email?: string; platformAdmin?: boolean; verified?: boolean } = {},
): Promise<TestPerson> {
  sequence += 1;
  const email = options.email ?? `person${sequence}.${process.pid}@example.test`;
  const [row] = await manager(app).query(
    `INSERT INTO users (email, password_hash, display_name, email_verified_at, is_platform_admin)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      email,
      await passwordHash,
      options.name ?? `Person ${sequence}`,
      options.verified === false ? null : new Date(),
      options.platformAdmin ?? false,
    ],
  );
  return { id: row.id, email };
}

/** Signs in; `fromAddress` sets X-Forwarded-For (believed only where TRUST_PROXY is set). */
export async function signIn(
  app: NestFastifyApplication,
  person: TestPerson,
  fromAddress?: string,
  password = TEST_PASSWORD,
): Promise<SignedInPerson> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email: person.email, password },
    ...(fromAddress && { headers: { 'x-forwarded-for': fromAddress } }),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = String(response.headers['set-cookie']);
  const cookie = setCookie.split(';')[0];
  const { csrfToken } = response.json() as { csrfToken: string };
  return { ...person, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export async function createSignedIn(
  app: NestFastifyApplication,
  options: Parameters<typeof createPerson>[1] = {},
): Promise<SignedInPerson> {
  return signIn(app, await createPerson(app, options));
}

export async function createOrganisation(
  app: NestFastifyApplication,
  name = `Organisation ${++sequence}`,
): Promise<string> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${process.pid}-${sequence}`;
  const [row] = await manager(app).query('INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id', [
    name,
    slug,
  ]);
  return row.id;
}

export async function addMember(
  app: NestFastifyApplication,
  organisationId: string,
  person: TestPerson,
  role: OrganisationRole,
): Promise<void> {
  await manager(app).query('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
    organisationId,
    person.id,
    role,
  ]);
}
