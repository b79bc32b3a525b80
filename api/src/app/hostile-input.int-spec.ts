import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { hostileRequests, type HostileRequest, type OpenApiDocument } from '../testing/hostile-requests';
import { tableChecksums } from '../testing/table-checksums';
import { addMember, createOrganisation, createSignedIn } from '../testing/people';

const LEAKS =
  /\bat [\w.<>]+ \(|node_modules|QueryFailedError|SELECT |INSERT |UPDATE |relation "|syntax error|TypeError|ReferenceError/;

/**
 * Driven by the OpenAPI document, so every operation added later is covered:
 * malformed ids, query values and bodies never cause a 5xx, never leak internals,
 * and change nothing in the database.
 */
describe('hostile input against every operation', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    testApp = await startTestApp();
    document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(() => testApp.close());

  async function failuresOf(requests: HostileRequest[], headers: Record<string, string>): Promise<string[]> {
    const failures: string[] = [];
    for (const request of requests) {
      const response = await testApp.app.inject({ ...request, headers: { ...request.headers, ...headers } });
      const label = `${request.method} ${request.url.slice(0, 120)} [${request.description}] → ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(label);
      else if (
        response.statusCode >= 400 &&
        !String(response.headers['content-type']).includes('application/problem+json')
      ) {
        failures.push(`${label}: not problem+json`);
      } else if (LEAKS.test(response.body)) failures.push(`${label}: leaks internals`);
    }
    return failures;
  }

  it('answers every hostile request from an anonymous caller with a clear 4xx (or success) and changes nothing', async () => {
    const dataSource = testApp.app.get<DataSource>(getDataSourceToken());
    const before = await tableChecksums(dataSource);
    const requests = hostileRequests(document);
    expect(requests.length).toBeGreaterThan(500);
    expect(await failuresOf(requests, {})).toEqual([]);
    expect(await tableChecksums(dataSource)).toEqual(before);
  }, 180_000);

  it('never answers a signed-in administrator’s hostile request with a 5xx or internal detail', async () => {
    // Owner of a real organisation and platform admin, so requests get past access checks into validation.
    const admin = await createSignedIn(testApp.app, { platformAdmin: true });
    const organisationId = await createOrganisation(testApp.app);
    await addMember(testApp.app, organisationId, admin, 'owner');
    const endsTheSession = (request: HostileRequest) =>
      request.method === 'DELETE' && request.url.startsWith('/api/v1/session');
    const requests = hostileRequests(document, organisationId).filter((request) => !endsTheSession(request));
    expect(await failuresOf(requests, admin.headers)).toEqual([]);
  }, 180_000);
});
