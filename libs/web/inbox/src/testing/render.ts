import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Provider, Type, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { ToastService } from '@crowdforge/web-ui';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from './transloco-testing';

export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
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
    ...overrides,
  };
}

/** Renders a page with the real translations, a fake session and a test HTTP backend. */
export function render<T>(component: Type<T>, options: { user?: CurrentUser; providers?: Provider[] } = {}) {
  const user = signal<CurrentUser | null>(options.user ?? aUser());
  const session = {
    user,
    signedIn: () => user() !== null,
    isPlatformAdmin: () => user()?.isPlatformAdmin ?? false,
    roleIn: (organisationId: string) =>
      user()?.memberships.find((membership) => membership.organisationId === organisationId)?.role ?? null,
    setUser: jest.fn((next: CurrentUser) => user.set(next)),
    refresh: jest.fn(() => Promise.resolve()),
    signOut: jest.fn(() => Promise.resolve()),
    clear: jest.fn(),
  };
  const toast = { success: jest.fn(), error: jest.fn(), errorText: jest.fn() };
  TestBed.configureTestingModule({
    imports: [translocoTesting('en')],
    providers: [
      provideCrowdforgeIcons(),
      provideFeatureIcons(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: SessionStore, useValue: session },
      { provide: ToastService, useValue: toast },
      ...(options.providers ?? []),
    ],
  });
  const fixture: ComponentFixture<T> = TestBed.createComponent(component);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const backend = TestBed.inject(HttpTestingController);
  /** Lets promises and timers run, then renders (no whenStable: a loading resource would hold it). */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<E>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const type = (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    if (!input) throw new Error(`no input ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { fixture, element, backend, session, toast, settle, byTestId, allByTestId, type };
}
