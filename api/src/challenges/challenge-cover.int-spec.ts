import sharp from 'sharp';
import { sampleFiles } from '@crowdforge/api-files/testing';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../testing/people';
import { uploader } from '../testing/uploads';
import { caller, publishedChallenge } from './challenge-fixtures';

/** Cover images: uploaded by organisers, re-encoded, served to exactly those who may see the challenge. */
describe('challenge covers', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let upload: ReturnType<typeof uploader>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let outsider: SignedInPerson;

  /** The path of a cover URL, without the /api/v1 prefix `call` adds. */
  const path = (url: string) => url.replace(/^\/api\/v1/, '');

  beforeAll(async () => {
    testApp = await startTestApp();
    call = caller(testApp.app);
    upload = uploader(testApp.app);
    organisationId = await createOrganisation(testApp.app, 'Leafy Tea');
    manager = await createSignedIn(testApp.app, { name: 'Maya Manager' });
    member = await createSignedIn(testApp.app, { name: 'Max Member' });
    outsider = await createSignedIn(testApp.app, { name: 'Olga Outsider' });
    await addMember(testApp.app, organisationId, manager, 'manager');
    await addMember(testApp.app, organisationId, member, 'member');
  });
  afterAll(() => testApp.close());

  it('lets organisers set and replace a cover that lists and pages show', async () => {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId);
    const photo = { data: await sampleFiles.photoWithExif(2400, 1200), name: 'cover.jpg' };
    const set = await upload(manager, 'PUT', `/challenges/${challengeId}/cover`, photo);
    expect(set.statusCode).toBe(200);
    const coverUrl: string = set.json().coverImageUrl;
    expect(coverUrl).toMatch(new RegExp(`^/api/v1/challenges/${challengeId}/cover/[0-9a-f-]{36}$`));
    const listed = (await call(undefined, 'GET', `/challenges?organisationId=${organisationId}`)).json().items;
    expect(listed.find((item: { id: string }) => item.id === challengeId).coverImageUrl).toBe(coverUrl);

    const medium = await call(undefined, 'GET', `${path(coverUrl)}?size=medium`);
    expect([medium.statusCode, medium.headers['content-type'], medium.headers['x-content-type-options']]).toEqual([
      200,
      'image/webp',
      'nosniff',
    ]);
    const metadata = await sharp(medium.rawPayload).metadata();
    expect([metadata.width, metadata.height, metadata.exif]).toEqual([960, 480, undefined]);

    const replaced = await upload(manager, 'PUT', `/challenges/${challengeId}/cover`, {
      data: await sampleFiles.smallPng(),
      name: 'new.png',
    });
    expect(replaced.json().coverImageUrl).not.toBe(coverUrl);
    expect((await call(undefined, 'GET', path(coverUrl))).statusCode).toBe(404);
    expect((await call(undefined, 'GET', path(replaced.json().coverImageUrl))).statusCode).toBe(200);

    expect((await call(manager, 'DELETE', `/challenges/${challengeId}/cover`)).statusCode).toBe(204);
    expect((await call(undefined, 'GET', `/challenges/${challengeId}`)).json().coverImageUrl).toBeNull();
    expect((await call(manager, 'DELETE', `/challenges/${challengeId}/cover`)).statusCode).toBe(404);
  });

  it('takes covers from organisers only, and images only', async () => {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId);
    const png = { data: await sampleFiles.smallPng(), name: 'cover.png' };
    expect((await upload(member, 'PUT', `/challenges/${challengeId}/cover`, png)).statusCode).toBe(403);
    expect((await upload(outsider, 'PUT', `/challenges/${challengeId}/cover`, png)).statusCode).toBe(403);
    expect((await upload(undefined, 'PUT', `/challenges/${challengeId}/cover`, png)).statusCode).toBe(401);
    const pdf = await upload(manager, 'PUT', `/challenges/${challengeId}/cover`, {
      data: sampleFiles.pdf(),
      name: 'c.pdf',
    });
    expect(pdf.statusCode).toBe(415);
    const svg = await upload(manager, 'PUT', `/challenges/${challengeId}/cover`, {
      data: sampleFiles.svgWithScript(),
      name: 'c.svg',
    });
    expect(svg.statusCode).toBe(415);
    expect((await call(undefined, 'GET', `/challenges/${challengeId}`)).json().coverImageUrl).toBeNull();
  });

  it('serves the cover of an internal or unlisted challenge only to those who may see it', async () => {
    const internal = await publishedChallenge(testApp.app, manager, organisationId, { audience: 'internal' });
    const unlisted = await publishedChallenge(testApp.app, manager, organisationId, { audience: 'unlisted' });
    const png = { data: await sampleFiles.smallPng(), name: 'cover.png' };
    const internalCover = path(
      (await upload(manager, 'PUT', `/challenges/${internal}/cover`, png)).json().coverImageUrl,
    );
    const unlistedCover = path(
      (await upload(manager, 'PUT', `/challenges/${unlisted}/cover`, png)).json().coverImageUrl,
    );

    for (const [person, status] of [
      [manager, 200],
      [member, 200],
      [outsider, 404],
      [undefined, 404],
    ] as const) {
      expect((await call(person, 'GET', internalCover)).statusCode).toBe(status);
    }
    const link: string = (await call(manager, 'GET', `/challenges/${unlisted}`)).json().organiser.unlistedLink;
    const key = new URL(link).searchParams.get('key');
    expect((await call(outsider, 'GET', unlistedCover)).statusCode).toBe(404);
    expect((await call(outsider, 'GET', `${unlistedCover}?key=${'A'.repeat(32)}`)).statusCode).toBe(404);
    expect((await call(outsider, 'GET', `${unlistedCover}?key=${key}&size=small`)).statusCode).toBe(200);
  });
});
