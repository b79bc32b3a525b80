import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { AuditService, Public } from '@crowdforge/api-platform';
import type { ProblemDetails } from '@crowdforge/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';

class ProbeBody {
  @IsString()
  @MaxLength(20)
  name!: string;

  @IsInt()
  @Min(1)
  count!: number;
}

@Controller('probe')
class ProbeController {
  constructor(private readonly audit: AuditService) {}

  @Post('audited')
  @Public()
  async audited(): Promise<void> {
    await this.audit.append({ action: 'probe.touched', objectType: 'probe', objectId: 'p-1' });
  }
  @Post()
  @Public()
  echo(@Body() body: ProbeBody): ProbeBody {
    return body;
  }

  @Get('failure')
  @Public()
  fail(): never {
    throw new Error('relation "secret_table" does not exist at SELECT * FROM secret_table');
  }

  @Get('undeclared')
  undeclared(): string {
    return 'should never be reached';
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP pipeline', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => testApp.close());

  const inject = (...args: Parameters<TestApp['app']['inject']>) => testApp.app.inject(...args);

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
    status: number,
    code: string,
  ): ProblemDetails {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = JSON.parse(response.body) as ProblemDetails;
    expect(problem).toMatchObject({ status, code, type: `urn:crowdforge:problem:${code}` });
    expect(problem.requestId).toBe(response.headers['x-request-id']);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+|SELECT|relation/);
    return problem;
  }

  it('serves versioned routes under /api/v1 and echoes a valid body', async () => {
    const response = await inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'tea', count: 2 } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ name: 'tea', count: 2 });
  });

  it('refuses unknown fields, naming them', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { name: 'tea', count: 2, isAdmin: true },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('reports every invalid field', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { name: 'x'.repeat(21), count: 'two' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['count', 'name']);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expectProblem(response, 400, 'bad_request');
  });

  it('answers an oversized body with 413', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { name: 'x'.repeat(2 * 1024 * 1024), count: 1 },
    });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('answers unknown routes and methods with 404 problems', async () => {
    expectProblem(await inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not_found');
    expectProblem(await inject({ method: 'DELETE', url: '/api/health' }), 404, 'not_found');
  });

  it('denies a route that declares no access rule', async () => {
    expectProblem(await inject({ method: 'GET', url: '/api/v1/probe/undeclared' }), 401, 'unauthorized');
  });

  it('hides internal errors behind a generic 500', async () => {
    const problem = expectProblem(await inject({ method: 'GET', url: '/api/v1/probe/failure' }), 500, 'internal_error');
    expect(problem.detail).toBe('Something went wrong on our side. The error was logged.');
  });

  it('keeps a sane caller request id and replaces a hostile one', async () => {
    const kept = await inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-12345678' } });
    expect(kept.headers['x-request-id']).toBe('trace-12345678');
    const replaced = await inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': '<script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records where an audited action came from', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/probe/audited',
      headers: { 'user-agent': 'probe-agent/1.0', 'x-request-id': 'audit-request-1' },
    });
    expect(response.statusCode).toBe(201);
    const [entry] = await testApp.app.get(AuditService).find({ objectType: 'probe', objectId: 'p-1' });
    expect(entry).toMatchObject({
      action: 'probe.touched',
      ip: '127.0.0.1',
      userAgent: 'probe-agent/1.0',
      requestId: 'audit-request-1',
    });
  });

  it('sends security headers', async () => {
    const response = await inject({ method: 'GET', url: '/api/health' });
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
    });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('reports liveness and readiness', async () => {
    expect((await inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', checks: {} });
    expect((await inject({ method: 'GET', url: '/api/health/ready' })).json()).toEqual({
      status: 'ok',
      checks: { database: 'up' },
    });
  });

  it('serves the OpenAPI document and its viewer', async () => {
    const document = (await inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.paths['/api/health/ready'].get.operationId).toBe('health_ready');
    const viewer = await inject({ method: 'GET', url: '/api/docs' });
    expect(viewer.statusCode).toBe(200);
    expect(viewer.body).toContain('swagger-ui');
  });
});
