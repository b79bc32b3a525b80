import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aSession } from '../../testing/identity-fixtures';
import { SessionStore } from '../session/session.store';
import { CSRF_HEADER, sessionInterceptor } from './session.interceptor';

describe('sessionInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([sessionInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    const signingIn = session.signIn('ada@example.org', 'pw');
    backend.expectOne('/api/v1/session').flush(aSession({}, 'csrf-abc'));
    await signingIn;
  });

  afterEach(() => backend.verify());

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('adds the CSRF token to %s requests to the API', (method) => {
    http.request(method, '/api/v1/me', { body: {} }).subscribe();

    const request = backend.expectOne('/api/v1/me');
    expect(request.request.headers.get(CSRF_HEADER)).toBe('csrf-abc');
    request.flush({});
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('leaves %s requests alone', (method) => {
    http.request(method, '/api/v1/me').subscribe();

    const request = backend.expectOne('/api/v1/me');
    expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
    request.flush({});
  });

  it('never sends the token to other sites or to static files', () => {
    http.post('https://elsewhere.example/api/v1/me', {}).subscribe();
    http.post('//elsewhere.example/api/v1/me', {}).subscribe();
    http.post('i18n/en.json', {}).subscribe();

    for (const url of ['https://elsewhere.example/api/v1/me', '//elsewhere.example/api/v1/me', 'i18n/en.json']) {
      const request = backend.expectOne(url);
      expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
      request.flush({});
    }
  });

  it('sends no token when nobody is signed in', async () => {
    const signingOut = session.signOut();
    backend
      .expectOne({ method: 'DELETE', url: '/api/v1/session' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await signingOut;

    http.post('/api/v1/accounts', {}).subscribe();

    const request = backend.expectOne('/api/v1/accounts');
    expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
    request.flush(null, { status: 202, statusText: 'Accepted' });
  });

  it('forgets the session when the API says it has ended', () => {
    http.get('/api/v1/me').subscribe({ error: () => undefined });

    backend.expectOne('/api/v1/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(session.signedIn()).toBe(false);
    expect(session.csrfToken()).toBeNull();
  });
});
