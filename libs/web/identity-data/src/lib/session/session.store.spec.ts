import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { apiInterceptor, ERROR_NOTIFIER } from '@crowdforge/web-core';
import { aSession, problemJson } from '../../testing/identity-fixtures';
import { translocoTesting } from '../../testing/transloco-testing';
import { SESSION_HINT_KEY } from './session-hint';
import { SessionStore } from './session.store';

describe('SessionStore', () => {
  let store: SessionStore;
  let backend: HttpTestingController;
  const notifier = { error: jest.fn(), errorText: jest.fn() };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: ERROR_NOTIFIER, useValue: notifier },
      ],
    });
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('does not ask the API when this browser never signed in, and is anonymous at once', async () => {
    await store.load();

    backend.expectNone('/api/v1/session');
    expect(store.loaded()).toBe(true);
    expect(store.signedIn()).toBe(false);
    expect(store.user()).toBeNull();
  });

  it('loads the signed-in person and the CSRF token when a session may exist', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const loading = store.load();
    expect(store.status()).toBe('loading');

    backend.expectOne({ method: 'GET', url: '/api/v1/session' }).flush(aSession({ displayName: 'Grace' }));
    await loading;

    expect(store.signedIn()).toBe(true);
    expect(store.user()?.displayName).toBe('Grace');
    expect(store.csrfToken()).toBe('csrf-123');
    expect(store.loaded()).toBe(true);
  });

  it('treats 401 as anonymous, quietly, and forgets the hint', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const loading = store.load();

    backend
      .expectOne('/api/v1/session')
      .flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in.', code: 'unauthorized' },
        { status: 401, statusText: 'Unauthorized', headers: problemJson },
      );
    await loading;

    expect(store.signedIn()).toBe(false);
    expect(store.loaded()).toBe(true);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    expect(notifier.errorText).not.toHaveBeenCalled();
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('keeps the app working when the API is down: anonymous for now, asks again next time', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const loading = store.load();

    backend.expectOne('/api/v1/session').error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await expect(loading).resolves.toBeUndefined();

    expect(store.signedIn()).toBe(false);
    expect(store.loaded()).toBe(true);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('asks only once however often it is loaded', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const first = store.load();
    const second = store.whenLoaded();

    backend.expectOne('/api/v1/session').flush(aSession());
    await Promise.all([first, second]);

    expect(store.signedIn()).toBe(true);
  });

  it('signs in with email and password and remembers the session', async () => {
    const signingIn = store.signIn('ada@example.org', 'correct horse battery');

    const request = backend.expectOne({ method: 'POST', url: '/api/v1/session' });
    expect(request.request.body).toEqual({ email: 'ada@example.org', password: 'correct horse battery' });
    request.flush(aSession({}, 'fresh-token'));
    const user = await signingIn;

    expect(user.email).toBe('ada@example.org');
    expect(store.signedIn()).toBe(true);
    expect(store.csrfToken()).toBe('fresh-token');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
  });

  it('passes sign-in errors to the caller without a toast', async () => {
    const signingIn = store.signIn('ada@example.org', 'wrong');

    backend
      .expectOne('/api/v1/session')
      .flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'No match.', code: 'unauthorized' },
        { status: 401, statusText: 'Unauthorized', headers: problemJson },
      );

    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    expect(store.signedIn()).toBe(false);
    expect(notifier.errorText).not.toHaveBeenCalled();
  });

  it('signs out on the server and clears the session, even when the server fails', async () => {
    const signingIn = store.signIn('ada@example.org', 'pw');
    backend.expectOne('/api/v1/session').flush(aSession());
    await signingIn;

    const signingOut = store.signOut();
    backend.expectOne({ method: 'DELETE', url: '/api/v1/session' }).flush(null, { status: 500, statusText: 'Oops' });
    await signingOut;
    await settle();

    expect(store.signedIn()).toBe(false);
    expect(store.csrfToken()).toBeNull();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('refreshes the person (e.g. new memberships) and knows their roles', async () => {
    const signingIn = store.signIn('ada@example.org', 'pw');
    backend.expectOne('/api/v1/session').flush(aSession());
    await signingIn;
    expect(store.roleIn('org-1')).toBeNull();

    const refreshing = store.refresh();
    backend.expectOne({ method: 'GET', url: '/api/v1/session' }).flush(
      aSession({
        memberships: [{ organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Tea', role: 'admin' }],
      }),
    );
    await refreshing;

    expect(store.roleIn('org-1')).toBe('admin');
  });
});
