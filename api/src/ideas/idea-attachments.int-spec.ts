import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { TestingModuleBuilder } from '@nestjs/testing';
import type { EntityManager } from 'typeorm';
import sharp from 'sharp';
import { Clock, Environment, ManualClock } from '@crowdforge/api-platform';
import { sampleFiles } from '@crowdforge/api-files/testing';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, type SignedInPerson } from '../testing/people';
import { multipartBody, uploader, type UploadedFile } from '../testing/uploads';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';
import { leafyTeaWith } from './idea-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const IDEA_FORM = [{ key: 'plan', kind: 'file', label: 'Business plan', help: '', required: true, options: [] }];

/** Files on ideas: stored safely, shown only to who may see the idea, within limits and quotas. */
describe('idea attachments', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let upload: ReturnType<typeof uploader>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let stranger: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;
  const filesDir = () => testApp.app.get(Environment).FILES_DIR ?? '';
  const storedCount = async () => Number((await sql<{ n: string }>('SELECT count(*) AS n FROM attachments'))[0].n);
  const download = (person: SignedInPerson | undefined, ideaId: string, attachmentId: string, query = '') =>
    call(person, 'GET', `/ideas/${ideaId}/attachments/${attachmentId}${query}`);

  async function openChallenge(overrides: Record<string, unknown> = {}): Promise<string> {
    const now = clock.now().getTime();
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId, {
      ideaForm: IDEA_FORM,
      windows: [
        { kind: 'submission', opensAt: new Date(now - DAY).toISOString(), closesAt: null },
        { kind: 'review', opensAt: new Date(now + 20 * DAY).toISOString(), closesAt: null },
      ],
      ...overrides,
    });
    const joined = await call(author, 'POST', `/challenges/${challengeId}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    expect(joined.statusCode).toBe(201);
    return challengeId;
  }

  async function draftIdea(challengeId: string): Promise<string> {
    const created = await call(author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Seaweed tea bags' });
    expect(created.statusCode).toBe(201);
    return created.json().id;
  }

  async function attach(ideaId: string, file: UploadedFile, field?: string) {
    return upload(author, 'POST', `/ideas/${ideaId}/attachments${field ? `?field=${field}` : ''}`, file);
  }

  beforeAll(async () => {
    testApp = await startTestApp({
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    upload = uploader(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, { author: 'Ada Author', stranger: 'Sam Stranger' });
    ({ organisationId, manager, member } = leafyTea);
    ({ author, stranger } = leafyTea.people);
    await addMember(testApp.app, organisationId, author, 'member');
  });
  afterAll(() => testApp.close());

  it('stores a photo re-encoded without its metadata, and shows it only to those who see the idea', async () => {
    const challengeId = await openChallenge({ audience: 'internal', ideaForm: [] });
    const ideaId = await draftIdea(challengeId);
    const added = await attach(ideaId, {
      data: await sampleFiles.photoWithExif(),
      name: 'team photo.jpg',
      type: 'image/jpeg',
    });
    expect(added.statusCode).toBe(201);
    const photo = added.json();
    expect(photo).toMatchObject({
      kind: 'image',
      mediaType: 'image/webp',
      name: 'team photo.webp',
      width: 1200,
      field: null,
    });
    expect((await call(author, 'GET', `/ideas/${ideaId}`)).json().attachments).toEqual([photo]);

    const small = await download(author, ideaId, photo.id, '?size=small');
    expect(small.statusCode).toBe(200);
    expect(small.headers).toMatchObject({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline; filename="team photo.webp"',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    const metadata = await sharp(small.rawPayload).metadata();
    expect([metadata.format, metadata.width, metadata.exif]).toEqual(['webp', 320, undefined]);

    // A draft: nobody but its authors; once submitted, the internal challenge's members, never outsiders.
    for (const person of [manager, member, stranger, undefined])
      expect((await download(person, ideaId, photo.id)).statusCode).toBe(404);
    expect((await call(author, 'POST', `/ideas/${ideaId}/submission`, { acceptLicenceVersion: 1 })).statusCode).toBe(
      200,
    );
    for (const [person, status] of [
      [manager, 200],
      [member, 200],
      [stranger, 404],
      [undefined, 404],
    ] as const)
      expect((await download(person, ideaId, photo.id)).statusCode).toBe(status);
  });

  it('fills a file field by upload only, replaces its file, and keeps a required one once submitted', async () => {
    const challengeId = await openChallenge();
    const ideaId = await draftIdea(challengeId);
    const first = (await attach(ideaId, { data: sampleFiles.pdf(), name: 'plan v1.pdf' }, 'plan')).json();
    expect(first).toMatchObject({ kind: 'document', mediaType: 'application/pdf', name: 'plan v1.pdf', field: 'plan' });
    expect((await call(author, 'GET', `/ideas/${ideaId}`)).json().fields).toEqual({ plan: first.id });

    const forged = await call(author, 'PATCH', `/ideas/${ideaId}`, {
      fields: { plan: '2c5f39cb-3fb2-42e3-994f-1127e4ddb538' },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors).toEqual([
      { field: 'fields.plan', messages: ['Business plan must be filled by uploading a file'] },
    ]);
    const edited = await call(author, 'PATCH', `/ideas/${ideaId}`, { fields: {}, title: 'Seaweed bags' });
    expect(edited.json().fields).toEqual({ plan: first.id });

    const second = (await attach(ideaId, { data: sampleFiles.pdf(), name: 'plan v2.pdf' }, 'plan')).json();
    expect((await call(author, 'GET', `/ideas/${ideaId}`)).json()).toMatchObject({
      fields: { plan: second.id },
      attachments: [expect.objectContaining({ id: second.id })],
    });
    expect((await download(author, ideaId, first.id)).statusCode).toBe(404);
    expect(existsSync(join(filesDir(), first.id))).toBe(false);

    const document = await download(author, ideaId, second.id);
    expect(document.headers['content-type']).toBe('application/pdf');
    expect(document.headers['content-disposition']).toBe('attachment; filename="plan v2.pdf"');
    expect(document.rawPayload.equals(sampleFiles.pdf())).toBe(true);

    const submitted = await call(author, 'POST', `/ideas/${ideaId}/submission`, { acceptLicenceVersion: 1 });
    expect(submitted.statusCode).toBe(200);
    for (const person of [manager, member, stranger, undefined])
      expect((await download(person, ideaId, second.id)).statusCode).toBe(200);
    const removal = await call(author, 'DELETE', `/ideas/${ideaId}/attachments/${second.id}`);
    expect([removal.statusCode, removal.json().detail]).toEqual([
      409,
      'This file fills a required field: upload its replacement instead.',
    ]);

    expect((await attach(ideaId, { data: sampleFiles.pdf(), name: 'x.pdf' }, 'budget')).json().errors).toEqual([
      { field: 'field', messages: ['budget is not a file field of this challenge’s idea form'] },
    ]);
  });

  it('lets only the authors add and remove files, and only while the idea may be edited', async () => {
    const challengeId = await openChallenge();
    const ideaId = await draftIdea(challengeId);
    const photo = (await attach(ideaId, { data: await sampleFiles.smallPng(), name: 'dot.png' })).json();
    await attach(ideaId, { data: sampleFiles.pdf(), name: 'plan.pdf' }, 'plan');
    expect((await call(author, 'POST', `/ideas/${ideaId}/submission`, { acceptLicenceVersion: 1 })).statusCode).toBe(
      200,
    );
    const before = await storedCount();

    expect(
      (
        await upload(member, 'POST', `/ideas/${ideaId}/attachments`, {
          data: await sampleFiles.smallPng(),
          name: 'mine.png',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await upload(undefined, 'POST', `/ideas/${ideaId}/attachments`, {
          data: await sampleFiles.smallPng(),
          name: 'a.png',
        })
      ).statusCode,
    ).toBe(401);
    expect((await call(member, 'DELETE', `/ideas/${ideaId}/attachments/${photo.id}`)).statusCode).toBe(403);
    expect(await storedCount()).toBe(before);

    const otherIdea = await draftIdea(challengeId);
    expect((await download(author, otherIdea, photo.id)).statusCode).toBe(404);
    expect((await call(author, 'DELETE', `/ideas/${otherIdea}/attachments/${photo.id}`)).statusCode).toBe(404);

    expect((await call(author, 'DELETE', `/ideas/${ideaId}/attachments/${photo.id}`)).statusCode).toBe(204);
    expect(await storedCount()).toBe(before - 1);
    expect(existsSync(join(filesDir(), photo.id))).toBe(false);

    clock.advance(21 * DAY);
    try {
      const late = await attach(ideaId, { data: await sampleFiles.smallPng(), name: 'late.png' });
      expect([late.statusCode, late.json().detail]).toEqual([
        409,
        'This idea can no longer be edited: its review has begun.',
      ]);
    } finally {
      clock.advance(-21 * DAY);
    }
  });

  it('refuses hostile and malformed uploads with a clear 4xx and stores nothing', async () => {
    const challengeId = await openChallenge();
    const ideaId = await draftIdea(challengeId);
    const before = await storedCount();
    const url = `/api/v1/ideas/${ideaId}/attachments`;
    const refusals: [string, UploadedFile, number][] = [
      ['SVG with a script', { data: sampleFiles.svgWithScript(), name: 'logo.svg', type: 'image/svg+xml' }, 415],
      ['HTML named as an image', { data: sampleFiles.html(), name: 'photo.png', type: 'image/png' }, 415],
      ['an empty file', { data: Buffer.alloc(0), name: 'empty.png', type: 'image/png' }, 400],
      ['a decompression bomb', { data: await sampleFiles.decompressionBomb(), name: 'bomb.png' }, 413],
      [
        'more than 20 MB',
        { data: Buffer.concat([sampleFiles.pdf(), Buffer.alloc(21 * 1024 * 1024)]), name: 'huge.pdf' },
        413,
      ],
    ];
    for (const [what, file, status] of refusals) {
      const answer = await attach(ideaId, file);
      expect([what, answer.statusCode, answer.json().type]).toEqual([what, status, expect.any(String)]);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }

    const twoFiles = await multipartBody([
      { data: sampleFiles.pdf(), name: 'a.pdf' },
      { data: sampleFiles.pdf(), name: 'b.pdf' },
    ]);
    const wrongField = await multipartBody([{ data: sampleFiles.pdf(), name: 'a.pdf' }], 'document');
    for (const [contentType, payload] of [
      [twoFiles.contentType, twoFiles.payload],
      [wrongField.contentType, wrongField.payload],
      ['application/json', JSON.stringify({ file: 'x' })],
      ['multipart/form-data; boundary=nothing', 'garbage'],
    ] as const) {
      const answer = await testApp.app.inject({
        method: 'POST',
        url,
        headers: { ...author.headers, 'content-type': contentType },
        payload,
      });
      expect(answer.statusCode).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode).toBeLessThan(500);
    }

    const traversal = await attach(ideaId, { data: sampleFiles.pdf(), name: '../../../etc/passwd' });
    expect(traversal.json().name).toBe('passwd.pdf');
    expect(await storedCount()).toBe(before + 1);
  });

  it('caps the files on one idea', async () => {
    const challengeId = await openChallenge();
    const ideaId = await draftIdea(challengeId);
    const png = await sampleFiles.smallPng();
    for (let index = 0; index < 10; index++)
      expect((await attach(ideaId, { data: png, name: `${index}.png` })).statusCode).toBe(201);
    const eleventh = await attach(ideaId, { data: png, name: 'eleven.png' });
    expect([eleventh.statusCode, eleventh.json().detail]).toEqual([409, 'An idea carries at most 10 files.']);
  });
});

describe('attachment quotas', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { ATTACHMENT_QUOTA_MB: '1' } });
  });
  afterAll(() => testApp.close());

  it('never lets parallel uploads together pass a person’s quota', async () => {
    const call = caller(testApp.app);
    const upload = uploader(testApp.app);
    const { organisationId, manager, people } = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId);
    await call(people.author, 'POST', `/challenges/${challengeId}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    const ideaId = (await call(people.author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Quota' })).json()
      .id;
    // 300 kB each: three fit in 1 MB, a fourth does not.
    const document = Buffer.concat([sampleFiles.pdf(), Buffer.alloc(300 * 1000, '%')]);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        upload(people.author, 'POST', `/ideas/${ideaId}/attachments`, { data: document, name: `${index}.pdf` }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().code).toBe('quota_exceeded');
    const [{ used }] = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query('SELECT SUM(byte_size)::int AS used FROM attachments WHERE owner_id = $1', [people.author.id]);
    expect(used).toBe(3 * document.length);
  });
});
