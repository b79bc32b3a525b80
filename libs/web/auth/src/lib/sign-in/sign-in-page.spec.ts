import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionInfo } from '@crowdforge/contracts';
import { SessionStore, sessionInterceptor } from '@crowdforge/web-identity-data';
import { ToastService } from '@crowdforge/web-ui';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { SignInPage } from './sign-in-page';

@Component({ template: '<p data-testid="landed">landed</p>' })
class Landing {}

const session: SessionInfo = {
  csrfToken: 'csrf-1',
  user: {
    id: 'u-1',
    email: 'ada@example.org',
    emailVerified: true,
    displayName: 'Ada Lovelace',
    bio: '',
    expertise: [],
    language: 'en',
    showOnLeaderboards: true,
    showNameOnIdeas: true,
    isPlatformAdmin: false,
    memberships: [],
  },
};
const problemJson = { 'Content-Type': 'application/problem+json' };

describe('SignInPage', () => {
  let backend: HttpTestingController;
  let toast: { success: jest.Mock };

  async function open(url: string) {
    localStorage.clear();
    toast = { success: jest.fn() };
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideFeatureIcons(),
        provideHttpClient(withInterceptors([sessionInterceptor])),
        provideHttpClientTesting(),
        { provide: ToastService, useValue: toast },
        provideRouter([
          { path: 'sign-in', component: SignInPage },
          { path: 'organisations/:id', component: Landing },
          { path: '', component: Landing },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, element };
  }

  const byTestId = <T extends HTMLElement>(element: HTMLElement, id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`) as T;

  function fill(element: HTMLElement, email: string, password: string): void {
    const emailInput = byTestId<HTMLInputElement>(element, 'sign-in-email');
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    const passwordInput = byTestId<HTMLInputElement>(element, 'sign-in-password');
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
  }

  const settle = async (harness: RouterTestingHarness) => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };

  it('posts the credentials and goes on to the returnUrl', async () => {
    const { harness, element } = await open('/sign-in?returnUrl=%2Forganisations%2Forg-1');
    fill(element, 'ada@example.org', 'correct horse battery');

    byTestId(element, 'sign-in-submit').click();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/session' });
    expect(request.request.body).toEqual({ email: 'ada@example.org', password: 'correct horse battery' });
    request.flush(session);
    await settle(harness);

    expect(TestBed.inject(Router).url).toBe('/organisations/org-1');
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Ada Lovelace');
    expect(toast.success).toHaveBeenCalledWith('auth.signIn.welcome', { name: 'Ada Lovelace' });
  });

  it('never follows a returnUrl to another site', async () => {
    const { harness, element } = await open('/sign-in?returnUrl=%2F%2Fevil.example');
    fill(element, 'ada@example.org', 'correct horse battery');

    byTestId(element, 'sign-in-submit').click();
    backend.expectOne('/api/v1/session').flush(session);
    await settle(harness);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('checks the fields before asking the API', async () => {
    const { harness, element } = await open('/sign-in');
    fill(element, 'not-an-email', '');

    byTestId(element, 'sign-in-submit').click();
    await settle(harness);

    backend.expectNone('/api/v1/session');
    const errors = Array.from(element.querySelectorAll('mat-error')).map((error) => error.textContent?.trim());
    expect(errors).toEqual(['Enter an email address like name@example.org.', 'Fill this in.']);
  });

  it('says so when email and password do not match, and stays on the page', async () => {
    const { harness, element } = await open('/sign-in');
    fill(element, 'ada@example.org', 'wrong password');

    byTestId(element, 'sign-in-submit').click();
    backend
      .expectOne('/api/v1/session')
      .flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'No match.', code: 'unauthorized' },
        { status: 401, statusText: 'Unauthorized', headers: problemJson },
      );
    await settle(harness);

    expect(byTestId(element, 'form-error').textContent).toContain('That email address and password do not match.');
    expect(byTestId(element, 'form-error').getAttribute('role')).toBe('alert');
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('offers a new confirmation link when the address is not confirmed yet', async () => {
    const { harness, element } = await open('/sign-in');
    fill(element, 'new@example.org', 'correct horse battery');

    byTestId(element, 'sign-in-submit').click();
    backend
      .expectOne('/api/v1/session')
      .flush(
        { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Confirm first.', code: 'forbidden' },
        { status: 403, statusText: 'Forbidden', headers: problemJson },
      );
    await settle(harness);

    expect(byTestId(element, 'sign-in-unverified').textContent).toContain('Confirm your email address first');
    byTestId(element, 'sign-in-resend').click();
    const resend = backend.expectOne({ method: 'POST', url: '/api/v1/accounts/verification/resend' });
    expect(resend.request.body).toEqual({ email: 'new@example.org' });
    resend.flush(null, { status: 202, statusText: 'Accepted' });
    await settle(harness);

    expect(byTestId(element, 'sign-in-resent')).not.toBeNull();
  });

  it('shows the password on request', async () => {
    const { harness, element } = await open('/sign-in');
    const password = byTestId<HTMLInputElement>(element, 'sign-in-password');
    const toggle = byTestId(element, 'password-toggle');

    expect(password.type).toBe('password');
    expect(toggle.getAttribute('aria-label')).toBe('Show password');
    toggle.click();
    await settle(harness);

    expect(password.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
