import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LanguageService } from '@crowdforge/web-core';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { VerifyEmailPage } from './verify-email-page';

describe('VerifyEmailPage', () => {
  let backend: HttpTestingController;

  async function open(url: string) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideFeatureIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'verify-email', component: VerifyEmailPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return { harness, element: harness.routeNativeElement as HTMLElement };
  }

  const settle = async (harness: RouterTestingHarness) => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const testId = (element: HTMLElement, id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  afterEach(() => backend.verify());

  it('confirms the address with the token from the link and says so', async () => {
    const { harness, element } = await open('/verify-email?token=tok_1234567890abcdef');

    expect(testId(element, 'verify-busy')).not.toBeNull();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/accounts/verification' });
    expect(request.request.body).toEqual({ token: 'tok_1234567890abcdef' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);

    expect(testId(element, 'page-title')?.textContent).toBe('Your email address is confirmed');
    expect(testId(element, 'verify-sign-in')?.getAttribute('href')).toBe('/sign-in');
  });

  it('explains a used or expired link and offers a new one', async () => {
    const { harness, element } = await open('/verify-email?token=tok_used_already_123');

    backend
      .expectOne('/api/v1/accounts/verification')
      .flush(
        { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Not valid.', code: 'bad_request' },
        { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle(harness);

    expect(testId(element, 'page-title')?.textContent).toBe('This link does not work');
    const email = testId(element, 'verify-email') as HTMLInputElement;
    email.value = 'ada@example.org';
    email.dispatchEvent(new Event('input'));
    testId(element, 'verify-resend')?.click();
    const resend = backend.expectOne({ method: 'POST', url: '/api/v1/accounts/verification/resend' });
    expect(resend.request.body).toEqual({ email: 'ada@example.org' });
    resend.flush(null, { status: 202, statusText: 'Accepted' });
    await settle(harness);

    expect(testId(element, 'verify-resent')?.textContent).toContain('a new link is on its way');
  });

  it('does not call the API for a link without a token', async () => {
    const { element } = await open('/verify-email');

    backend.expectNone('/api/v1/accounts/verification');
    expect(testId(element, 'verify-failure')).not.toBeNull();
  });

  it('speaks Dutch', async () => {
    const { harness, element } = await open('/verify-email?token=tok_1234567890abcdef');
    TestBed.inject(LanguageService).use('nl');

    backend.expectOne('/api/v1/accounts/verification').flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);

    expect(testId(element, 'page-title')?.textContent).toBe('Je e-mailadres is bevestigd');
  });
});
