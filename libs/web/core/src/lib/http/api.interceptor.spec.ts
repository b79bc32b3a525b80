import { HttpClient, HttpContext, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../testing/transloco-testing';
import { LanguageService } from '../i18n/language.service';
import { ApiProblem } from './api-problem';
import { apiInterceptor } from './api.interceptor';
import { ERROR_NOTIFIER, ErrorNotifier } from './error-notifier';
import { SKIP_ERROR_TOAST } from './http-context';

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: jest.Mocked<ErrorNotifier>;

  const problem: ApiProblem = {
    type: 'https://crowdforge.example/problems/conflict',
    title: 'Conflict',
    status: 409,
    detail: 'This challenge was changed by someone else. Reload it and try again.',
    code: 'conflict',
    instance: '/api/challenges/42',
    requestId: 'req-123',
  };

  beforeEach(() => {
    notifier = { error: jest.fn(), errorText: jest.fn() };
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: ERROR_NOTIFIER, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function get(context?: HttpContext): { error?: unknown } {
    const outcome: { error?: unknown } = {};
    http.get('/api/challenges/42', { context }).subscribe({ error: (error: unknown) => (outcome.error = error) });
    return outcome;
  }

  it('asks for JSON in the active language', () => {
    TestBed.inject(LanguageService).use('nl');
    http.get('/api/anything').subscribe();

    const request = backend.expectOne('/api/anything');
    expect(request.request.headers.get('Accept')).toBe('application/json');
    expect(request.request.headers.get('Accept-Language')).toBe('nl');
    request.flush({});
  });

  it("shows a problem+json error's detail as an error toast and re-throws the error", () => {
    const outcome = get();

    backend.expectOne('/api/challenges/42').flush(problem, {
      status: 409,
      statusText: 'Conflict',
      headers: { 'Content-Type': 'application/problem+json' },
    });

    expect(notifier.errorText).toHaveBeenCalledWith(problem.detail);
    expect(notifier.error).not.toHaveBeenCalled();
    expect(outcome.error).toBeInstanceOf(HttpErrorResponse);
    expect((outcome.error as HttpErrorResponse).error).toEqual(problem);
  });

  it('parses a problem that arrives as text', () => {
    get();

    backend.expectOne('/api/challenges/42').flush(JSON.stringify(problem), {
      status: 409,
      statusText: 'Conflict',
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
    });

    expect(notifier.errorText).toHaveBeenCalledWith(problem.detail);
  });

  it('falls back to a generic message when the error is not a problem', () => {
    get();

    backend
      .expectOne('/api/challenges/42')
      .flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });

    expect(notifier.error).toHaveBeenCalledWith('errors.generic');
    expect(notifier.errorText).not.toHaveBeenCalled();
  });

  it('explains a network failure', () => {
    get();

    backend.expectOne('/api/challenges/42').error(new ProgressEvent('error'), { status: 0, statusText: '' });

    expect(notifier.error).toHaveBeenCalledWith('errors.network');
  });

  it('stays quiet for requests that handle their own errors', () => {
    const outcome = get(new HttpContext().set(SKIP_ERROR_TOAST, true));

    backend.expectOne('/api/challenges/42').flush(problem, { status: 409, statusText: 'Conflict' });

    expect(notifier.error).not.toHaveBeenCalled();
    expect(notifier.errorText).not.toHaveBeenCalled();
    expect(outcome.error).toBeInstanceOf(HttpErrorResponse);
  });
});
