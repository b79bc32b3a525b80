import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  addMember,
  createOrganisation,
  createPerson,
  signIn,
  type SignedInPerson,
  type TestPerson,
} from '../testing/people';
import { completeBrief, publishedChallenge } from '../challenges/challenge-fixtures';
import { Attachments, prepareUpload } from '@crowdforge/api-files';
import { sampleFiles } from '@crowdforge/api-files/testing';
import { multipartBody, type UploadedFile } from '../testing/uploads';

/**
 * Every operation of the API × every kind of caller, with the answer written out.
 * An operation in the OpenAPI document without a row here fails the test: each
 * new endpoint must say who may call it.
 */
const ROLES = [
  'anonymous',
  'crowd',
  'member',
  'moderator',
  'reviewer',
  'manager',
  'admin',
  'owner',
  'outsider',
  'grantee',
  'platformAdmin',
] as const;
type Role = (typeof ROLES)[number];
type OrgRole = Extract<Role, 'member' | 'moderator' | 'reviewer' | 'manager' | 'admin' | 'owner'>;
const ORG_ROLES: OrgRole[] = ['member', 'moderator', 'reviewer', 'manager', 'admin', 'owner'];

type Expected = Record<Role, number>;

/** Anyone, signed in or not, gets `status`. */
const everyone = (status: number): Expected => Object.fromEntries(ROLES.map((role) => [role, status])) as Expected;

/** Anonymous callers get 401; everyone signed in gets `status`. */
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });

/**
 * Organisation A's operations: anonymous 401; people outside A learn nothing (404);
 * members whose role lacks the permission 403; `allowed` roles and platform admins `status`.
 */
const inOrganisation = (allowed: OrgRole[], status: number): Expected => ({
  anonymous: 401,
  crowd: 404,
  outsider: 404,
  grantee: 404,
  platformAdmin: status,
  ...(Object.fromEntries(ORG_ROLES.map((role) => [role, allowed.includes(role) ? status : 403])) as Record<
    OrgRole,
    number
  >),
});

const CHALLENGE_ORGANISERS: OrgRole[] = ['manager', 'admin', 'owner'];
/** Roles that moderate: the organisers and moderators. */
const MODERATORS: OrgRole[] = ['moderator', 'manager', 'admin', 'owner'];

/**
 * An internal challenge of organisation A: outsiders, the crowd and grantees of other challenges
 * learn nothing (404); members in `allowed` get `status`, other members `otherMembers`.
 */
const internalChallenge = (allowed: OrgRole[], status: number, otherMembers: number): Expected => ({
  ...inOrganisation(allowed, status),
  ...(Object.fromEntries(
    ORG_ROLES.filter((role) => !allowed.includes(role)).map((role) => [role, otherMembers]),
  ) as Partial<Expected>),
});

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
  /** A fresh caller of the same role, for operations that use up the caller (sign out, leave). */
  fresh?: boolean;
  /** A file sent as multipart/form-data instead of a JSON payload. */
  upload?: UploadedFile;
}

interface Context {
  app: NestFastifyApplication;
  orgA: string;
  caller: SignedInPerson | undefined;
  newPerson(): Promise<TestPerson>;
  newMemberOfA(): Promise<TestPerson>;
  /** A challenge of organisation A, internal unless overridden, published unless `draft`. */
  newChallengeOfA(overrides?: Record<string, unknown>, options?: { draft?: boolean }): Promise<string>;
  sql<T = Record<string, unknown>>(query: string, parameters: unknown[]): Promise<T[]>;
}

interface Row {
  call: (context: Context) => Call | Promise<Call>;
  expect: Expected;
}

let unique = 0;
const next = () => `${Date.now()}-${++unique}`;
const nobody = '00000000-0000-4000-8000-000000000000';

const MATRIX: Record<string, Row> = {
  health_live: { call: () => ({ method: 'GET', url: '/api/health' }), expect: everyone(200) },
  health_ready: { call: () => ({ method: 'GET', url: '/api/health/ready' }), expect: everyone(200) },

  accounts_signUp: {
    call: () => ({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: `signup-${next()}@example.test`, password: 'a long unusual passphrase', displayName: 'New' },
    }),
    expect: everyone(202),
  },
  accounts_verifyEmail: {
    call: () => ({ method: 'POST', url: '/api/v1/accounts/verification', payload: { token: 'not.a.valid-token' } }),
    expect: everyone(400),
  },
  accounts_resendVerification: {
    call: () => ({
      method: 'POST',
      url: '/api/v1/accounts/verification/resend',
      payload: { email: `resend-${next()}@example.test` },
    }),
    expect: everyone(202),
  },
  accounts_requestPasswordReset: {
    call: () => ({
      method: 'POST',
      url: '/api/v1/accounts/password-reset',
      payload: { email: `reset-${next()}@example.test` },
    }),
    expect: everyone(202),
  },
  accounts_resetPassword: {
    call: () => ({
      method: 'POST',
      url: '/api/v1/accounts/password-reset/confirm',
      payload: { token: 'not.a.valid-token', password: 'a long unusual passphrase' },
    }),
    expect: everyone(400),
  },

  session_signIn: {
    call: async ({ newPerson }) => ({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: (await newPerson()).email, password: 'correct horse battery staple' },
    }),
    expect: everyone(200),
  },
  session_current: { call: () => ({ method: 'GET', url: '/api/v1/session' }), expect: signedIn(200) },
  session_signOut: { call: () => ({ method: 'DELETE', url: '/api/v1/session', fresh: true }), expect: signedIn(204) },

  me_get: { call: () => ({ method: 'GET', url: '/api/v1/me' }), expect: signedIn(200) },
  me_update: {
    call: () => ({ method: 'PATCH', url: '/api/v1/me', payload: { bio: 'Matrix' } }),
    expect: signedIn(200),
  },
  me_changePassword: {
    call: () => ({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'not my password', newPassword: 'a long unusual passphrase' },
    }),
    expect: signedIn(400),
  },
  me_export: { call: () => ({ method: 'GET', url: '/api/v1/me/export' }), expect: signedIn(200) },
  me_delete: {
    call: () => ({ method: 'DELETE', url: '/api/v1/me', payload: { password: 'not my password' } }),
    expect: signedIn(400),
  },

  tokens_list: { call: () => ({ method: 'GET', url: '/api/v1/me/tokens' }), expect: signedIn(200) },
  tokens_create: {
    call: () => ({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'Matrix', scopes: ['read'] } }),
    expect: signedIn(201),
  },
  tokens_revoke: {
    call: async ({ caller, sql }) => {
      const [token] = caller
        ? await sql<{ id: string }>(
            `INSERT INTO personal_access_tokens (user_id, name, token_hash, scopes) VALUES ($1, 'x', $2, '{read}') RETURNING id`,
            [caller.id, next()],
          )
        : [{ id: nobody }];
      return { method: 'DELETE', url: `/api/v1/me/tokens/${token.id}` };
    },
    expect: signedIn(204),
  },

  organisations_create: {
    call: () => ({ method: 'POST', url: '/api/v1/organisations', payload: { name: `Matrix ${next()}` } }),
    expect: signedIn(201),
  },
  organisations_listMine: { call: () => ({ method: 'GET', url: '/api/v1/organisations/mine' }), expect: signedIn(200) },
  organisations_get: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}` }),
    expect: inOrganisation(ORG_ROLES, 200),
  },
  organisations_update: {
    call: ({ orgA }) => ({
      method: 'PATCH',
      url: `/api/v1/organisations/${orgA}`,
      payload: { brandColour: '#112233' },
    }),
    expect: inOrganisation(['admin', 'owner'], 200),
  },

  members_list: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/members` }),
    expect: inOrganisation(ORG_ROLES, 200),
  },
  members_changeRole: {
    call: async ({ orgA, newMemberOfA }) => ({
      method: 'PUT',
      url: `/api/v1/organisations/${orgA}/members/${(await newMemberOfA()).id}/role`,
      payload: { role: 'moderator' },
    }),
    expect: inOrganisation(['admin', 'owner'], 204),
  },
  members_remove: {
    call: async ({ orgA, newMemberOfA }) => ({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgA}/members/${(await newMemberOfA()).id}`,
    }),
    expect: inOrganisation(['admin', 'owner'], 204),
  },
  members_leave: {
    call: ({ orgA }) => ({ method: 'POST', url: `/api/v1/organisations/${orgA}/leave`, fresh: true }),
    // A platform admin who is not a member has nothing to leave.
    expect: { ...inOrganisation(ORG_ROLES, 204), platformAdmin: 404 },
  },

  invitations_list: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/invitations` }),
    expect: inOrganisation(['admin', 'owner'], 200),
  },
  invitations_create: {
    call: ({ orgA }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/invitations`,
      payload: { email: `invitee-${next()}@example.test`, role: 'member' },
    }),
    expect: inOrganisation(['admin', 'owner'], 201),
  },
  invitations_revoke: {
    call: async ({ orgA, sql }) => {
      const [invitation] = await sql<{ id: string }>(
        `INSERT INTO invitations (organisation_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'member', $3, now() + interval '1 day') RETURNING id`,
        [orgA, `revoke-${next()}@example.test`, next()],
      );
      return { method: 'DELETE', url: `/api/v1/organisations/${orgA}/invitations/${invitation.id}` };
    },
    expect: inOrganisation(['admin', 'owner'], 204),
  },
  invitations_accept: {
    call: () => ({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: 'x'.repeat(43) } }),
    expect: signedIn(400),
  },

  notifications_list: { call: () => ({ method: 'GET', url: '/api/v1/me/notifications' }), expect: signedIn(200) },
  notifications_readAll: {
    call: () => ({ method: 'POST', url: '/api/v1/me/notifications/read-all' }),
    expect: signedIn(204),
  },
  notifications_read: {
    call: async ({ caller, sql }) => {
      const [notification] = caller
        ? await sql<{ id: string }>(
            `INSERT INTO notifications (user_id, type, title, body) VALUES ($1, 'system', 't', 'b') RETURNING id`,
            [caller.id],
          )
        : [{ id: nobody }];
      return { method: 'POST', url: `/api/v1/me/notifications/${notification.id}/read` };
    },
    expect: signedIn(204),
  },

  outbox_list: {
    call: () => ({ method: 'GET', url: '/api/v1/admin/outbox' }),
    expect: { ...signedIn(403), platformAdmin: 200 },
  },
  outbox_get: {
    call: async ({ sql }) => {
      const [mail] = await sql<{ id: string }>(
        `INSERT INTO mail_outbox (id, recipient, subject, text, html, language, template) VALUES (gen_random_uuid(), 'a@example.test', 's', 't', 'h', 'en', 'notification') RETURNING id`,
        [],
      );
      return { method: 'GET', url: `/api/v1/admin/outbox/${mail.id}` };
    },
    expect: { ...signedIn(403), platformAdmin: 200 },
  },

  grants_list: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/grants` }),
    expect: inOrganisation(['manager', 'admin', 'owner'], 200),
  },
  grants_create: {
    call: async ({ orgA, newPerson }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/grants`,
      payload: { email: (await newPerson()).email, scope: 'challenge', scopeId: randomUUID(), role: 'reviewer' },
    }),
    expect: inOrganisation(['manager', 'admin', 'owner'], 201),
  },
  grants_revoke: {
    call: async ({ orgA, newPerson, sql }) => {
      const person = await newPerson();
      const [grant] = await sql<{ id: string }>(
        `INSERT INTO grants (organisation_id, user_id, scope, scope_id, role) VALUES ($1, $2, 'challenge', $3, 'sponsor') RETURNING id`,
        [orgA, person.id, randomUUID()],
      );
      return { method: 'DELETE', url: `/api/v1/organisations/${orgA}/grants/${grant.id}` };
    },
    expect: inOrganisation(['manager', 'admin', 'owner'], 204),
  },

  challenges_templates: { call: () => ({ method: 'GET', url: '/api/v1/challenge-templates' }), expect: everyone(200) },
  challenges_copy: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/copy`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 403),
  },
  challenges_browse: { call: () => ({ method: 'GET', url: '/api/v1/challenges?q=tea' }), expect: everyone(200) },
  challenges_create: {
    call: ({ orgA }) => ({ method: 'POST', url: `/api/v1/organisations/${orgA}/challenges`, payload: completeBrief() }),
    expect: inOrganisation(['manager', 'admin', 'owner'], 201),
  },
  challenges_get: {
    call: async ({ newChallengeOfA }) => ({ method: 'GET', url: `/api/v1/challenges/${await newChallengeOfA()}` }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  challenges_revisions: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/revisions`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  challenges_update: {
    call: async ({ newChallengeOfA }) => ({
      method: 'PATCH',
      url: `/api/v1/challenges/${await newChallengeOfA()}`,
      payload: { tagline: 'Revised', changeSummary: 'Matrix' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_cover_set: {
    call: async ({ newChallengeOfA }) => ({
      method: 'PUT',
      url: `/api/v1/challenges/${await newChallengeOfA()}/cover`,
      upload: { data: await sampleFiles.smallPng(), name: 'cover.png' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_cover_remove: {
    call: async (context) => ({
      method: 'DELETE',
      url: `/api/v1/challenges/${(await coveredChallengeOfA(context)).challengeId}/cover`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 204, 403),
  },
  challenges_cover_get: {
    call: async (context) => {
      const { challengeId, coverId } = await coveredChallengeOfA(context);
      return { method: 'GET', url: `/api/v1/challenges/${challengeId}/cover/${coverId}` };
    },
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  challenges_publish: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA({}, { draft: true })}/publish`,
    }),
    // A draft is invisible to everyone but its organisers.
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  challenges_openWindow: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA({ windows: [{ kind: 'review', opensAt: '2099-01-01T00:00:00Z', closesAt: null }] })}/windows/review/open`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_closeWindow: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/windows/submission/close`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_join: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/participation`,
      payload: { answers: {}, acceptLicenceVersion: 1 },
    }),
    // Platform admins may see and run any challenge but are not in an internal challenge's audience.
    expect: { ...internalChallenge(ORG_ROLES, 201, 201), platformAdmin: 403 },
  },
  ...readsOfAnInternalChallenge({
    challenges_questions: 'questions',
    challenges_amendments: 'amendments',
    challenges_announcements: 'announcements',
    challenges_revision: 'revisions/0',
  }),
  challenges_ask: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/questions`,
      payload: { body: 'A question from the matrix' },
    }),
    expect: internalChallenge(ORG_ROLES, 201, 201),
  },
  challenges_answer: {
    call: async ({ newChallengeOfA, sql }) => {
      const challengeId = await newChallengeOfA();
      const [question] = await sql<{ id: string }>(
        `INSERT INTO challenge_questions (challenge_id, body, created_at) VALUES ($1, 'Why?', now()) RETURNING id`,
        [challengeId],
      );
      return {
        method: 'PUT',
        url: `/api/v1/challenges/${challengeId}/questions/${question.id}/answer`,
        payload: { body: 'Because.' },
      };
    },
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_suggestAmendment: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/amendments`,
      payload: { section: 'problem', paragraph: 0, proposed: 'A better paragraph.', rationale: 'Clearer' },
    }),
    expect: internalChallenge(ORG_ROLES, 201, 201),
  },
  challenges_acceptAmendment: {
    call: async (context) => ({
      method: 'POST',
      url: `${await amendmentOfA(context)}/accept`,
      payload: {},
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_declineAmendment: {
    call: async (context) => ({
      method: 'POST',
      url: `${await amendmentOfA(context)}/decline`,
      payload: { response: 'Not now.' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  challenges_announce: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/announcements`,
      payload: { title: 'News', body: 'From the matrix' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 403),
  },
  challenges_follow: {
    call: async ({ newChallengeOfA }) => ({
      method: 'PUT',
      url: `/api/v1/challenges/${await newChallengeOfA()}/follow`,
    }),
    expect: internalChallenge(ORG_ROLES, 204, 204),
  },
  challenges_unfollow: {
    call: async ({ newChallengeOfA }) => ({
      method: 'DELETE',
      url: `/api/v1/challenges/${await newChallengeOfA()}/follow`,
    }),
    // Only ever removes the caller's own follow, so it reveals nothing.
    expect: signedIn(204),
  },
  challenges_close: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/close`,
      payload: { thankYou: 'Thank you all!', outcome: 'We learnt a lot.' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },

  ideas_create: {
    call: async ({ newChallengeOfA, caller, app }) => {
      const challengeId = await newChallengeOfA();
      if (caller) {
        await app.inject({
          method: 'POST',
          url: `/api/v1/challenges/${challengeId}/participation`,
          headers: caller.headers,
          payload: { answers: {}, acceptLicenceVersion: 1 },
        });
      }
      return { method: 'POST', url: `/api/v1/challenges/${challengeId}/ideas`, payload: { title: 'A matrix idea' } };
    },
    // Members take part and write; platform admins organise but are not in an internal audience.
    expect: { ...internalChallenge(ORG_ROLES, 201, 201), platformAdmin: 403 },
  },
  ideas_list: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/ideas`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_ranking: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/ranking`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_similar: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/ideas/similar?text=tea%20bags`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_mine: { call: () => ({ method: 'GET', url: '/api/v1/me/ideas' }), expect: signedIn(200) },
  ideas_get: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}` }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_update: {
    call: async (context) => ({
      method: 'PATCH',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}`,
      payload: { title: 'Not my idea' },
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_attachments_add: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/attachments`,
      upload: { data: await sampleFiles.smallPng(), name: 'not-mine.png' },
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_attachments_get: {
    call: async (context) => {
      const ideaId = await ideaOfA(context, 'submitted');
      return { method: 'GET', url: `/api/v1/ideas/${ideaId}/attachments/${await attachmentOn(context, ideaId)}` };
    },
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_attachments_remove: {
    call: async (context) => {
      const ideaId = await ideaOfA(context, 'submitted');
      return { method: 'DELETE', url: `/api/v1/ideas/${ideaId}/attachments/${await attachmentOn(context, ideaId)}` };
    },
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_submit: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'draft')}/submission`,
      payload: {},
    }),
    expect: signedIn(404),
  },
  ideas_withdraw: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/withdrawal`,
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_setStatus: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/status`,
      payload: { status: 'shortlisted', message: 'Shortlisted by the matrix' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  ideas_buildOn: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/builds-on/${await ideaOfA(context, 'submitted')}`,
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_unbuildOn: {
    call: async (context) => ({
      method: 'DELETE',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/builds-on/${nobody}`,
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_inviteCoAuthor: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/co-author-invitations`,
      payload: { email: `co-${next()}@example.test` },
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_answerInvitation: {
    call: async (context) => {
      const ideaId = await ideaOfA(context, 'submitted');
      const email = context.caller?.email ?? `nobody-${next()}@example.test`;
      const [invitation] = await context.sql<{ id: string }>(
        `INSERT INTO idea_co_author_invitations (idea_id, email, created_at) VALUES ($1, lower($2), now()) RETURNING id`,
        [ideaId, email],
      );
      return {
        method: 'POST',
        url: `/api/v1/co-author-invitations/${invitation.id}/answer`,
        payload: { answer: 'accept' },
      };
    },
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  ideas_comments: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/comments` }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  ideas_comment: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/comments`,
      payload: { body: 'A comment from the matrix' },
    }),
    expect: internalChallenge(ORG_ROLES, 201, 201),
  },
  ideas_mentionCandidates: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/mention-candidates?q=per`,
    }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  ideas_editComment: {
    call: async (context) => ({
      method: 'PATCH',
      url: `/api/v1/comments/${await commentOfA(context)}`,
      payload: { body: 'Not my comment' },
    }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_deleteComment: {
    call: async (context) => ({ method: 'DELETE', url: `/api/v1/comments/${await commentOfA(context)}` }),
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  ideas_markHelpful: {
    call: async (context) => ({ method: 'PUT', url: `/api/v1/comments/${await commentOfA(context)}/helpful` }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  ideas_unmarkHelpful: {
    call: async (context) => ({ method: 'DELETE', url: `/api/v1/comments/${await commentOfA(context)}/helpful` }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  ideas_markOfficial: {
    call: async (context) => ({ method: 'PUT', url: `/api/v1/comments/${await commentOfA(context)}/official` }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  moderation_flagIdea: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/flag`,
      payload: { reason: 'A flag from the matrix' },
    }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  moderation_flagComment: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/comments/${await commentOfA(context)}/flag`,
      payload: { reason: 'A flag from the matrix' },
    }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  moderation_decideIdea: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/moderation`,
      payload: { action: 'lock_comments' },
    }),
    expect: internalChallenge(MODERATORS, 204, 403),
  },
  moderation_decideComment: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/comments/${await commentOfA(context)}/moderation`,
      payload: { action: 'hide', reason: 'Hidden by the matrix' },
    }),
    expect: internalChallenge(MODERATORS, 204, 403),
  },
  moderation_proposeMerge: {
    call: async (context) => {
      const [merged, kept] = await twoIdeasOfA(context);
      return {
        method: 'POST',
        url: `/api/v1/ideas/${merged}/merge-proposals`,
        payload: { intoIdeaId: kept, reason: 'Proposed by the matrix' },
      };
    },
    expect: internalChallenge(MODERATORS, 201, 403),
  },
  moderation_mergeProposals: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/ideas/${(await mergeProposalOfA(context)).mergedIdeaId}/merge-proposals`,
    }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  moderation_answerMerge: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/merge-proposals/${(await mergeProposalOfA(context)).id}/answer`,
      payload: { answer: 'accept' },
    }),
    // Only the two ideas' authors answer; everyone else who sees them is refused.
    expect: internalChallenge(ORG_ROLES, 403, 403),
  },
  moderation_challengeQueue: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/moderation/queue`,
    }),
    expect: internalChallenge(MODERATORS, 200, 403),
  },
  moderation_queue: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/moderation/queue?state=open` }),
    expect: inOrganisation(MODERATORS, 200),
  },
  moderation_log: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/moderation/log` }),
    expect: inOrganisation(MODERATORS, 200),
  },
  moderation_suspensions: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/suspensions` }),
    expect: inOrganisation(MODERATORS, 200),
  },
  moderation_suspend: {
    call: async ({ orgA, newMemberOfA }) => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/suspensions`,
      payload: { userId: (await newMemberOfA()).id, days: 1, reason: 'Suspended by the matrix' },
    }),
    expect: inOrganisation(MODERATORS, 201),
  },
  moderation_liftSuspension: {
    call: async ({ orgA, newMemberOfA, sql }) => {
      const [suspension] = await sql<{ id: string }>(
        `INSERT INTO organisation_suspensions (organisation_id, user_id, reason, starts_at, ends_at)
         VALUES ($1, $2, 'Suspended by the matrix', now() - interval '1 hour', now() + interval '1 day') RETURNING id`,
        [orgA, (await newMemberOfA()).id],
      );
      return { method: 'DELETE', url: `/api/v1/organisations/${orgA}/suspensions/${suspension.id}` };
    },
    expect: inOrganisation(MODERATORS, 204),
  },
  moderation_guidelines: {
    call: ({ orgA }) => ({ method: 'GET', url: `/api/v1/organisations/${orgA}/guidelines` }),
    expect: inOrganisation(ORG_ROLES, 200),
  },
  moderation_setGuidelines: {
    call: ({ orgA }) => ({
      method: 'PUT',
      url: `/api/v1/organisations/${orgA}/guidelines`,
      payload: { markdown: 'Be kind to each other.' },
    }),
    expect: inOrganisation(CHALLENGE_ORGANISERS, 200),
  },
  ...readsOfAnInternalChallenge({ moderation_challengeGuidelines: 'guidelines' }),
  review_createRound: {
    call: async ({ newChallengeOfA }) => ({
      method: 'POST',
      url: `/api/v1/challenges/${await newChallengeOfA()}/review-rounds`,
      payload: { name: 'Matrix round', reviewersPerIdea: 1, dueAt: null, blind: true },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 403),
  },
  review_rounds: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/review-rounds`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  // A round is the organisers' (and its reviewers'): nobody else learns it exists.
  review_round: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/review-rounds/${await roundOfA(context)}` }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_updateRound: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/review-rounds/${await roundOfA(context)}`,
      payload: { name: 'Renamed by the matrix', reviewersPerIdea: 1, dueAt: null, blind: true },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_shortlist: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/review-rounds/${await roundOfA(context)}/shortlist` }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_setShortlist: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/review-rounds/${await roundOfA(context)}/shortlist`,
      payload: { ideaIds: [] },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_reviewers: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/review-rounds/${await roundOfA(context)}/reviewers` }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_setReviewers: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/review-rounds/${await roundOfA(context)}/reviewers`,
      payload: { reviewers: [] },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_openRound: {
    call: async (context) => ({ method: 'POST', url: `/api/v1/review-rounds/${await roundOfA(context)}/opening` }),
    // The organisers reach the assignment, which refuses an empty shortlist.
    expect: internalChallenge(CHALLENGE_ORGANISERS, 422, 404),
  },
  review_closeRound: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/review-rounds/${await roundOfA(context, 'open')}/closing`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 404),
  },
  review_results: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/review-rounds/${await roundOfA(context, 'open')}/results`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_export: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/review-rounds/${await roundOfA(context, 'open')}/export?format=csv`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  review_decide: {
    call: async (context) => {
      const { roundId, ideaId } = await shortlistedIdeaOfA(context);
      return {
        method: 'PUT',
        url: `/api/v1/review-rounds/${roundId}/decisions/${ideaId}`,
        payload: { decision: 'park', feedback: 'Parked by the matrix', shareCriteria: false },
      };
    },
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 404),
  },
  // The authors read their idea's outcomes (the organisers too); other members see the idea, not its outcomes.
  review_outcomes: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/review-outcomes`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  // A selected idea's implementation is public to whoever sees the idea; the organisers (and its owner) keep it.
  implementation_get: {
    call: async (context) => ({
      method: 'GET',
      url: `/api/v1/ideas/${(await implementationOfA(context)).ideaId}/implementation`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  implementation_set: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/ideas/${(await implementationOfA(context)).ideaId}/implementation`,
      payload: { ownerId: null, realisedValue: 'Set by the matrix' },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  implementation_addMilestone: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${(await implementationOfA(context)).ideaId}/implementation/milestones`,
      payload: { title: 'Added by the matrix', dueOn: null, done: false },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 403),
  },
  implementation_changeMilestone: {
    call: async (context) => {
      const { ideaId, milestoneId } = await implementationOfA(context);
      return {
        method: 'PUT',
        url: `/api/v1/ideas/${ideaId}/implementation/milestones/${milestoneId}`,
        payload: { title: 'Changed by the matrix', dueOn: null, done: true },
      };
    },
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  implementation_addUpdate: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/ideas/${(await implementationOfA(context)).ideaId}/implementation/updates`,
      payload: { markdown: 'Posted by the matrix', progress: 10 },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 201, 403),
  },
  review_queue: { call: () => ({ method: 'GET', url: '/api/v1/me/reviews' }), expect: signedIn(200) },
  // A review is its reviewer's alone: everyone else, organisers included, learns nothing of it.
  review_get: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/reviews/${await reviewOfA(context)}` }),
    expect: signedIn(404),
  },
  review_save: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/reviews/${await reviewOfA(context)}`,
      payload: { scores: [], comment: '' },
    }),
    expect: signedIn(404),
  },
  review_submit: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/reviews/${await reviewOfA(context)}/submission`,
      payload: { scores: [{ criterion: 'overall', score: 3, comment: '' }], comment: '' },
    }),
    expect: signedIn(404),
  },
  review_declareConflict: {
    call: async (context) => ({
      method: 'POST',
      url: `/api/v1/reviews/${await reviewOfA(context)}/conflict`,
      payload: { reason: 'Declared by the matrix' },
    }),
    expect: signedIn(404),
  },
  votes_support: {
    call: async (context) => ({
      method: 'PUT',
      url: `/api/v1/ideas/${await votableIdeaOfA(context)}/vote`,
      payload: {},
    }),
    // The audience votes: the organisation's members; a platform admin sees the idea but is not in it.
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), platformAdmin: 403 },
  },
  votes_withdraw: {
    call: async (context) => ({ method: 'DELETE', url: `/api/v1/ideas/${await votableIdeaOfA(context)}/vote` }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), platformAdmin: 403 },
  },
  votes_mine: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/my-votes`,
    }),
    expect: internalChallenge(ORG_ROLES, 200, 200),
  },
  votes_overview: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/voting`,
    }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  votes_setRules: {
    call: async ({ newChallengeOfA }) => ({
      method: 'PUT',
      url: `/api/v1/challenges/${await newChallengeOfA()}/voting-rules`,
      payload: { mode: 'support', voteLimit: 3, authorsMayVote: false },
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  votes_liveTallies: {
    call: async (context) => {
      const ideaId = await ideaOfA(context, 'submitted');
      const [idea] = await context.sql<{ challenge_id: string }>(`SELECT challenge_id FROM ideas WHERE id = $1`, [
        ideaId,
      ]);
      // The stream ends after LIVE_TALLIES_SECONDS (1 here), so the answer can be read.
      return { method: 'GET', url: `/api/v1/challenges/${idea.challenge_id}/live-tallies?ideas=${ideaId}` };
    },
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
  },
  votes_integrityReport: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA()}/voting/integrity`,
    }),
    // The organisers and the organisation's moderators (counts only, never who).
    expect: internalChallenge(['moderator', ...CHALLENGE_ORGANISERS], 200, 403),
  },
  votes_ledger: {
    call: async ({ newChallengeOfA }) => ({
      method: 'GET',
      url: `/api/v1/challenges/${await newChallengeOfA(VOTING_CLOSED)}/voting/ledger`,
    }),
    expect: internalChallenge(CHALLENGE_ORGANISERS, 200, 403),
  },
  votes_nextPair: {
    call: async (context) => ({ method: 'GET', url: `/api/v1/challenges/${await pairwiseChallengeOfA(context)}/pair` }),
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), platformAdmin: 403 },
  },
  votes_compare: {
    call: async (context) => {
      const challengeId = await pairwiseChallengeOfA(context);
      const ideas = await context.sql<{ id: string }>(`SELECT id FROM ideas WHERE challenge_id = $1 ORDER BY id`, [
        challengeId,
      ]);
      // The caller's own prompt (anonymous callers have none to name).
      const [prompt] = context.caller
        ? await context.sql<{ id: string }>(
            `INSERT INTO idea_comparisons (id, challenge_id, voter_id, left_idea_id, right_idea_id, created_at)
             VALUES (gen_random_uuid(), $1, $2, $3, $4, now()) RETURNING id`,
            [challengeId, context.caller.id, ideas[0].id, ideas[1].id],
          )
        : [{ id: randomUUID() }];
      return {
        method: 'POST',
        url: `/api/v1/challenges/${challengeId}/comparisons`,
        payload: { promptId: prompt.id, choice: 'left' },
      };
    },
    expect: { ...internalChallenge(ORG_ROLES, 200, 200), platformAdmin: 403 },
  },
  ideas_follow: {
    call: async (context) => ({ method: 'PUT', url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/follow` }),
    expect: internalChallenge(ORG_ROLES, 204, 204),
  },
  ideas_unfollow: {
    call: async (context) => ({ method: 'DELETE', url: `/api/v1/ideas/${await ideaOfA(context, 'submitted')}/follow` }),
    expect: internalChallenge(ORG_ROLES, 204, 204),
  },
};

/** A staff comment by the author of a fresh submitted idea of A; returns the comment's id. */
async function commentOfA(context: Context): Promise<string> {
  const ideaId = await ideaOfA(context, 'submitted');
  const [comment] = await context.sql<{ id: string }>(
    `INSERT INTO idea_comments (idea_id, author_id, body, by_staff, created_at)
     SELECT $1, user_id, 'A staff comment', true, now() FROM idea_authors WHERE idea_id = $1 RETURNING id`,
    [ideaId],
  );
  await context.sql(`UPDATE ideas SET comment_count = 1 WHERE id = $1`, [ideaId]);
  return comment.id;
}

/** An idea by a member of A on a fresh internal challenge of A, in `status`; returns its id. */
async function ideaOfA(
  context: Context,
  status: 'draft' | 'submitted',
  challenge: Record<string, unknown> = {},
): Promise<string> {
  const challengeId = await context.newChallengeOfA(challenge);
  const author = await context.newMemberOfA();
  const [idea] = await context.sql<{ id: string }>(
    `INSERT INTO ideas (challenge_id, created_by_id, status, title, version, created_at, updated_at, submitted_at)
     VALUES ($1, $2, $3, 'An idea of A', $4, now(), now(), $5) RETURNING id`,
    [challengeId, author.id, status, status === 'draft' ? 0 : 1, status === 'draft' ? null : new Date()],
  );
  await context.sql(`INSERT INTO idea_authors (idea_id, user_id, joined_at) VALUES ($1, $2, now())`, [
    idea.id,
    author.id,
  ]);
  return idea.id;
}

/** A stored image owned by `ownerId`, linked by `link`; returns its id. */
async function storedImage(context: Context, ownerId: string, linkSql: string, subjectId: string): Promise<string> {
  const prepared = await prepareUpload(await sampleFiles.smallPng(), 'picture.png', ['image']);
  await context.app
    .get(Attachments)
    .add(ownerId, prepared, (manager, row) => manager.query(linkSql, [row.id, subjectId]));
  return prepared.id;
}

/** An image on the idea, added by one of its authors; returns its id. */
async function attachmentOn(context: Context, ideaId: string): Promise<string> {
  const [{ user_id: authorId }] = await context.sql<{ user_id: string }>(
    'SELECT user_id FROM idea_authors WHERE idea_id = $1 LIMIT 1',
    [ideaId],
  );
  const link = 'INSERT INTO idea_attachments (attachment_id, idea_id, added_at) VALUES ($1, $2, now())';
  return storedImage(context, authorId, link, ideaId);
}

/** A fresh internal challenge of A with a cover image. */
async function coveredChallengeOfA(context: Context): Promise<{ challengeId: string; coverId: string }> {
  const challengeId = await context.newChallengeOfA();
  const [{ created_by_id: organiserId }] = await context.sql<{ created_by_id: string }>(
    'SELECT created_by_id FROM challenges WHERE id = $1',
    [challengeId],
  );
  const link = 'UPDATE challenges SET cover_attachment_id = $1 WHERE id = $2';
  const coverId = await storedImage(context, organiserId, link, challengeId);
  return { challengeId, coverId };
}

/** Two submitted ideas of one fresh internal challenge of A, by two members. */
async function twoIdeasOfA(context: Context): Promise<[string, string]> {
  const merged = await ideaOfA(context, 'submitted');
  const [{ challenge_id: challengeId }] = await context.sql<{ challenge_id: string }>(
    'SELECT challenge_id FROM ideas WHERE id = $1',
    [merged],
  );
  const author = await context.newMemberOfA();
  const [kept] = await context.sql<{ id: string }>(
    `INSERT INTO ideas (challenge_id, created_by_id, status, title, version, created_at, updated_at, submitted_at)
     VALUES ($1, $2, 'submitted', 'Another idea of A', 1, now(), now(), now()) RETURNING id`,
    [challengeId, author.id],
  );
  await context.sql('INSERT INTO idea_authors (idea_id, user_id, joined_at) VALUES ($1, $2, now())', [
    kept.id,
    author.id,
  ]);
  return [merged, kept.id];
}

/** A review round of `challengeId`, in `state`, scored on one criterion. */
async function insertRound(context: Context, challengeId: string, state: 'setup' | 'open'): Promise<string> {
  const [round] = await context.sql<{ id: string }>(
    `INSERT INTO review_rounds (challenge_id, position, name, state, reviewers_per_idea, blind, scorecard, created_at, updated_at)
     VALUES ($1, 1, 'Matrix round', $2, 1, true,
             '[{"key":"overall","name":"Overall","guidance":"","weight":1,"scaleMin":1,"scaleMax":5,"commentBelow":null}]',
             now(), now()) RETURNING id`,
    [challengeId, state],
  );
  return round.id;
}

/** A review round of an internal challenge of A, in `state`. */
async function roundOfA(context: Context, state: 'setup' | 'open' = 'setup'): Promise<string> {
  return insertRound(context, await context.newChallengeOfA(), state);
}

/** A selected idea of A followed into implementation, with one milestone. */
async function implementationOfA(context: Context): Promise<{ ideaId: string; milestoneId: string }> {
  const ideaId = await ideaOfA(context, 'submitted');
  await context.sql(`UPDATE ideas SET status = 'selected' WHERE id = $1`, [ideaId]);
  await context.sql(`INSERT INTO idea_implementations (idea_id, updated_at) VALUES ($1, now())`, [ideaId]);
  const [milestone] = await context.sql<{ id: string }>(
    `INSERT INTO implementation_milestones (idea_id, title, position) VALUES ($1, 'A milestone', 0) RETURNING id`,
    [ideaId],
  );
  return { ideaId, milestoneId: milestone.id };
}

/** An idea of A on the shortlist of an open round of its challenge. */
async function shortlistedIdeaOfA(context: Context): Promise<{ roundId: string; ideaId: string }> {
  const ideaId = await ideaOfA(context, 'submitted');
  const [{ challenge_id: challengeId }] = await context.sql<{ challenge_id: string }>(
    'SELECT challenge_id FROM ideas WHERE id = $1',
    [ideaId],
  );
  const roundId = await insertRound(context, challengeId, 'open');
  await context.sql('INSERT INTO review_round_ideas (round_id, idea_id, position) VALUES ($1, $2, 0)', [
    roundId,
    ideaId,
  ]);
  return { roundId, ideaId };
}

/** An open round's review of an idea of A, assigned to a person of its own. */
async function reviewOfA(context: Context): Promise<string> {
  const { roundId, ideaId } = await shortlistedIdeaOfA(context);
  const reviewer = await context.newMemberOfA();
  await context.sql('INSERT INTO review_round_reviewers (round_id, user_id, position) VALUES ($1, $2, 0)', [
    roundId,
    reviewer.id,
  ]);
  const [review] = await context.sql<{ id: string }>(
    `INSERT INTO reviews (round_id, idea_id, reviewer_id, assigned_at, updated_at) VALUES ($1, $2, $3, now(), now())
     RETURNING id`,
    [roundId, ideaId, reviewer.id],
  );
  return review.id;
}

/** A pending proposal to merge two ideas of A. */
async function mergeProposalOfA(context: Context): Promise<{ id: string; mergedIdeaId: string }> {
  const [merged, kept] = await twoIdeasOfA(context);
  const [proposal] = await context.sql<{ id: string }>(
    `INSERT INTO idea_merge_proposals (merged_idea_id, kept_idea_id, reason, created_at)
     VALUES ($1, $2, 'Proposed by the matrix', now()) RETURNING id`,
    [merged, kept],
  );
  return { id: proposal.id, mergedIdeaId: merged };
}

const OPEN_NOW = { opensAt: '2026-01-01T00:00:00.000Z', closesAt: null };
/** A challenge of A whose submission and voting windows are open. */
const VOTING_OPEN = {
  windows: [
    { kind: 'submission', ...OPEN_NOW },
    { kind: 'voting', ...OPEN_NOW },
  ],
};
/** A challenge of A whose voting window has closed. */
const VOTING_CLOSED = {
  windows: [
    { kind: 'submission', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-01-10T00:00:00.000Z' },
    { kind: 'voting', opensAt: '2026-01-10T00:00:00.000Z', closesAt: '2026-01-20T00:00:00.000Z' },
  ],
};
const votableIdeaOfA = (context: Context) => ideaOfA(context, 'submitted', VOTING_OPEN);

/** A pairwise challenge of A in voting, with two ideas by one member; returns its id. */
async function pairwiseChallengeOfA(context: Context): Promise<string> {
  const challengeId = await context.newChallengeOfA(VOTING_OPEN);
  const author = await context.newMemberOfA();
  await context.sql(`INSERT INTO challenge_voting_rules (challenge_id, mode) VALUES ($1, 'pairwise')`, [challengeId]);
  for (const title of ['One idea of A', 'Another idea of A']) {
    await context.sql(
      `WITH idea AS (
         INSERT INTO ideas (challenge_id, created_by_id, status, title, version, created_at, updated_at, submitted_at)
         VALUES ($1, $2, 'submitted', $3, 1, now(), now(), now()) RETURNING id)
       INSERT INTO idea_authors (idea_id, user_id, joined_at) SELECT id, $2, now() FROM idea`,
      [challengeId, author.id, title],
    );
  }
  return challengeId;
}

/** GETs of an internal challenge's parts: like reading the challenge itself. */
function readsOfAnInternalChallenge(paths: Record<string, string>): Record<string, Row> {
  return Object.fromEntries(
    Object.entries(paths).map(([operationId, path]) => [
      operationId,
      {
        call: async ({ newChallengeOfA }: Context) => ({
          method: 'GET' as const,
          url: `/api/v1/challenges/${await newChallengeOfA()}/${path}`,
        }),
        expect: { ...internalChallenge(ORG_ROLES, 200, 200), anonymous: 404 },
      },
    ]),
  );
}

/** An open suggestion on a fresh internal challenge of A; returns its URL. */
async function amendmentOfA({ newChallengeOfA, sql }: Context): Promise<string> {
  const challengeId = await newChallengeOfA();
  const [amendment] = await sql<{ id: string }>(
    `INSERT INTO challenge_amendments (challenge_id, section, paragraph, original, proposed, rationale, created_at)
     SELECT id, 'problem', 0, brief->>'problem', 'A better paragraph.', '', now() FROM challenges WHERE id = $1
     RETURNING id`,
    [challengeId],
  );
  return `/api/v1/challenges/${challengeId}/amendments/${amendment.id}`;
}

describe('authorization matrix', () => {
  let testApp: TestApp;
  let operationIds: string[];
  let orgA: string;
  const callers = new Map<Role, SignedInPerson>();
  let ipSequence = 0;
  let organiserOfA: SignedInPerson;

  async function newChallengeOfA(overrides: Record<string, unknown> = {}, options: { draft?: boolean } = {}) {
    const brief = completeBrief({ audience: 'internal', ...overrides });
    if (!options.draft) return publishedChallenge(testApp.app, organiserOfA, orgA, brief);
    const created = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/challenges`,
      headers: organiserOfA.headers,
      payload: brief,
    });
    return created.json().id as string;
  }

  const sql = <T>(query: string, parameters: unknown[]) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  async function personAs(role: Exclude<Role, 'anonymous'>): Promise<TestPerson> {
    const person = await createPerson(testApp.app, { platformAdmin: role === 'platformAdmin' });
    if ((ORG_ROLES as string[]).includes(role)) await addMember(testApp.app, orgA, person, role as OrgRole);
    if (role === 'outsider')
      await addMember(testApp.app, await createOrganisation(testApp.app, 'Organisation B'), person, 'admin');
    if (role === 'grantee') {
      await sql(
        `INSERT INTO grants (organisation_id, user_id, scope, scope_id, role) VALUES ($1, $2, 'challenge', $3, 'reviewer')`,
        [orgA, person.id, randomUUID()],
      );
    }
    return person;
  }

  beforeAll(async () => {
    // Every request comes from its own address, so the sign-up and sign-in rate limits stay out of the way.
    testApp = await startTestApp({ env: { TRUST_PROXY: '1', LIVE_TALLIES_SECONDS: '1' } });
    operationIds = Object.values(
      (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths as Record<
        string,
        Record<string, { operationId: string }>
      >,
    )
      .flatMap((item) => Object.values(item).map((operation) => operation.operationId))
      .sort();
    orgA = await createOrganisation(testApp.app, 'Organisation A');
    const organiser = await createPerson(testApp.app);
    await addMember(testApp.app, orgA, organiser, 'manager');
    organiserOfA = await signIn(testApp.app, organiser, '203.0.113.1');
    for (const role of ROLES) {
      if (role !== 'anonymous') callers.set(role, await signIn(testApp.app, await personAs(role)));
    }
  }, 60_000);
  afterAll(() => testApp.close());

  it('has a row for every operation of the API', () => {
    expect(operationIds.filter((id) => !(id in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !operationIds.includes(id))).toEqual([]);
  });

  it.each(Object.keys(MATRIX).sort())('%s answers each caller as written', async (operationId) => {
    const row = MATRIX[operationId];
    const answers: Partial<Record<Role, number>> = {};
    for (const role of ROLES) {
      const caller = role === 'anonymous' ? undefined : callers.get(role);
      const context: Context = {
        app: testApp.app,
        orgA,
        caller,
        sql,
        newPerson: () => createPerson(testApp.app),
        newChallengeOfA,
        newMemberOfA: async () => {
          const person = await createPerson(testApp.app);
          await addMember(testApp.app, orgA, person, 'member');
          return person;
        },
      };
      const call = await row.call(context);
      const as = call.fresh && role !== 'anonymous' ? await signIn(testApp.app, await personAs(role)) : caller;
      const multipart = call.upload ? await multipartBody([call.upload]) : null;
      const response = await testApp.app.inject({
        method: call.method,
        url: call.url,
        headers: {
          ...(as?.headers ?? {}),
          'x-forwarded-for': `198.51.100.${++ipSequence % 250}`,
          ...(multipart && { 'content-type': multipart.contentType }),
        },
        ...(call.payload && { payload: call.payload }),
        ...(multipart && { payload: multipart.payload }),
      });
      answers[role] = response.statusCode;
    }
    expect(answers).toEqual(row.expect);
  });
});
