import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Route, Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { ToastService } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from './transloco-testing';

export const reviewer: CurrentUser = {
  id: 'u-1',
  email: 'ruben@example.org',
  emailVerified: true,
  displayName: 'Ruben Reviewer',
  bio: '',
  expertise: [],
  language: 'en',
  showOnLeaderboards: true,
  showNameOnIdeas: true,
  isPlatformAdmin: false,
  memberships: [],
};

/**
 * Opens `url` through `routes` (mounted as the app mounts them) with the real translations, a
 * signed-in person (`user: null` for an anonymous visitor) and a test HTTP backend.
 */
export async function renderAt(url: string, routes: Route[], options: { user?: CurrentUser | null } = {}) {
  const user = signal<CurrentUser | null>(options.user === undefined ? reviewer : options.user);
  const session = {
    user,
    signedIn: () => user() !== null,
    whenLoaded: () => Promise.resolve(),
    loaded: () => true,
    roleIn: (organisationId: string) =>
      user()?.memberships.find((membership) => membership.organisationId === organisationId)?.role ?? null,
  };
  const toast = { success: jest.fn(), error: jest.fn(), errorText: jest.fn() };
  TestBed.configureTestingModule({
    imports: [translocoTesting('en')],
    providers: [
      provideCrowdforgeIcons(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes),
      { provide: SessionStore, useValue: session },
      { provide: ToastService, useValue: toast },
    ],
  });
  const harness = await RouterTestingHarness.create(url);
  const backend = TestBed.inject(HttpTestingController);
  const router = TestBed.inject(Router);
  const element = () => harness.routeNativeElement as HTMLElement;
  /** Lets promises and timers run, then renders (no whenStable: a loading resource would hold it). */
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    harness.detectChanges();
  };
  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
    element().querySelector<E>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(element().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (target: string, value: string) => {
    const input = byTestId<HTMLInputElement>(target);
    if (!input) throw new Error(`no input ${target}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { harness, element, backend, router, toast, settle, byTestId, allByTestId, text, type };
}
