import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { translocoTesting } from '../../testing/transloco-testing';
import { apiInterceptor } from '../http/api.interceptor';
import { ERROR_NOTIFIER } from '../http/error-notifier';
import { HealthService, PlatformStatus } from './health.service';

describe('HealthService', () => {
  let service: HealthService;
  let backend: HttpTestingController;
  const notifier = { error: jest.fn(), errorText: jest.fn() };

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: ERROR_NOTIFIER, useValue: notifier },
      ],
    });
    service = TestBed.inject(HealthService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function statusAfter(
    respond: (request: ReturnType<HttpTestingController['expectOne']>) => void,
  ): Promise<PlatformStatus> {
    const status = firstValueFrom(service.platformStatus());
    respond(backend.expectOne({ method: 'GET', url: '/api/health/ready' }));
    return status;
  }

  it('reports ready when the API is ready', async () => {
    const status = await statusAfter((request) =>
      request.flush({ status: 'ok', info: { database: { status: 'up' } } }),
    );
    expect(status).toBe('ready');
  });

  it('reports degraded when the API answers 503 with a health report', async () => {
    const status = await statusAfter((request) =>
      request.flush(
        { status: 'error', error: { database: { status: 'down' } } },
        { status: 503, statusText: 'Service Unavailable' },
      ),
    );
    expect(status).toBe('degraded');
  });

  it('reports unavailable when the API cannot be reached, without an error toast', async () => {
    const status = await statusAfter((request) =>
      request.error(new ProgressEvent('error'), { status: 0, statusText: '' }),
    );
    expect(status).toBe('unavailable');
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('reports unavailable when something other than the API answers', async () => {
    const status = await statusAfter((request) => request.flush('<!doctype html><html></html>'));
    expect(status).toBe('unavailable');
  });

  it('returns the readiness report itself', async () => {
    const report = firstValueFrom(service.ready());
    backend.expectOne('/api/health/ready').flush({ status: 'ok', checks: { database: 'up' } });
    await expect(report).resolves.toEqual({ status: 'ok', checks: { database: 'up' } });
  });
});
