import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslatedTitleStrategy } from '@crowdforge/web-core';
import { translocoTesting } from '../testing/transloco-testing';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('lazy-loads the home page at /', async () => {
    const harness = await RouterTestingHarness.create('/');

    expect(harness.routeNativeElement?.querySelector('[data-testid="home-hero"]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Solve real problems with your crowd · Crowdforge');
    TestBed.inject(HttpTestingController).expectOne('/api/health/ready');
  });

  it('lazy-loads the sign-in page', async () => {
    const harness = await RouterTestingHarness.create('/sign-in');

    expect(harness.routeNativeElement?.querySelector('[data-testid="sign-in-form"]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Crowdforge');
  });

  it('lazy-loads the challenges for everyone, signed in or not', async () => {
    const harness = await RouterTestingHarness.create('/challenges');

    expect(TestBed.inject(Router).url).toBe('/challenges');
    expect(harness.routeNativeElement?.querySelector('[data-testid="challenge-search"]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Challenges · Crowdforge');
    TestBed.inject(HttpTestingController).expectOne((request) => request.url === '/api/v1/challenges');
  });

  it.each(['/challenges/new', '/challenges/ch-1/edit'])(
    'sends anonymous visitors of %s to sign in first',
    async (url) => {
      await RouterTestingHarness.create(url);

      expect(TestBed.inject(Router).url).toBe(`/sign-in?returnUrl=${encodeURIComponent(url)}`);
    },
  );

  it.each(['/account/profile', '/organisations', '/inbox', '/admin/outbox', '/invitations/accept?token=abc'])(
    'sends anonymous visitors of %s to sign in first',
    async (url) => {
      await RouterTestingHarness.create(url);

      expect(TestBed.inject(Router).url).toBe(`/sign-in?returnUrl=${encodeURIComponent(url)}`);
    },
  );

  it('shows the not-found page for unknown URLs', async () => {
    const harness = await RouterTestingHarness.create('/no/such/page');

    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Crowdforge');
  });
});
