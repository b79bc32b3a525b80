import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { CurrentUser } from '@crowdforge/contracts';
import { SessionStore, UnreadNotifications } from '@crowdforge/web-identity-data';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { AccountArea } from './account-area';
import { initialsOf } from './account-menu';

@Component({ template: '' })
class Page {}

const ada: CurrentUser = {
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
};

describe('AccountArea', () => {
  async function render(state: { loaded: boolean; user: CurrentUser | null; unread?: number }, url = '/') {
    const user = signal(state.user);
    const unread = signal(state.unread ?? 0);
    const signOut = jest.fn(async () => user.set(null));
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Page }]),
        {
          provide: SessionStore,
          useValue: { loaded: signal(state.loaded), user, signedIn: () => user() !== null, signOut },
        },
        { provide: UnreadNotifications, useValue: { unread, start: jest.fn() } },
      ],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(AccountArea);
    await fixture.whenStable();
    // The account menu is a @defer block: load it as the browser would.
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, element, byTestId, unread, signOut };
  }

  it('shows nothing until the session is known', async () => {
    const { element } = await render({ loaded: false, user: null });

    expect(element.textContent?.trim()).toBe('');
  });

  it('offers "Sign in" (back to this page) and "Sign up" to visitors', async () => {
    const { byTestId } = await render({ loaded: true, user: null }, '/organisations/org-1?tab=x');

    expect(byTestId('sign-in-link')?.textContent?.trim()).toBe('Sign in');
    expect(byTestId('sign-in-link')?.getAttribute('href')).toBe(
      '/sign-in?returnUrl=%2Forganisations%2Forg-1%3Ftab%3Dx',
    );
    expect(byTestId('sign-up-link')?.getAttribute('href')).toBe('/sign-up');
    expect(byTestId('inbox-bell')).toBeNull();
  });

  it('does not send people back to the home page after signing in', async () => {
    const { byTestId } = await render({ loaded: true, user: null }, '/');

    expect(byTestId('sign-in-link')?.getAttribute('href')).toBe('/sign-in');
  });

  it('shows the inbox bell with the unread count and the account menu to signed-in people', async () => {
    const { fixture, byTestId, unread } = await render({ loaded: true, user: ada, unread: 3 });

    expect(byTestId('sign-in-link')).toBeNull();
    expect(byTestId('inbox-bell')?.getAttribute('href')).toBe('/inbox');
    expect(byTestId('inbox-bell')?.getAttribute('aria-label')).toBe('Inbox, 3 unread');
    expect(byTestId('inbox-unread')?.textContent).toBe('3');
    // The visible name is part of the button's name (WCAG 2.5.3 label in name).
    const button = byTestId('account-menu-button');
    const named = Array.from(button?.querySelectorAll('span:not([aria-hidden])') ?? []).map((span) => span.textContent);
    expect(named.join('')).toBe('Ada Lovelace, account menu');
    expect(byTestId('account-menu-button')?.hasAttribute('aria-label')).toBe(false);

    unread.set(0);
    await fixture.whenStable();
    expect(byTestId('inbox-unread')).toBeNull();
    expect(byTestId('inbox-bell')?.getAttribute('aria-label')).toBe('Inbox');
  });

  it('opens the account menu with my pages and signs out', async () => {
    const { fixture, byTestId, signOut } = await render({ loaded: true, user: { ...ada, isPlatformAdmin: true } });
    TestBed.inject(HttpTestingController);

    byTestId('account-menu-button')?.click();
    await fixture.whenStable();
    const menu = document.querySelector('.mat-mdc-menu-panel') as HTMLElement;
    const items = Array.from(menu.querySelectorAll('[mat-menu-item]')).map((item) => item.textContent?.trim());
    expect(items).toEqual(['My organisations', 'My account', 'Inbox', 'Mail outbox', 'Sign out']);

    menu.querySelector<HTMLElement>('[data-testid="menu-sign-out"]')?.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(signOut).toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('makes initials of names', () => {
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('  grace  ')).toBe('G');
    expect(initialsOf('Jan van der Berg')).toBe('JB');
    expect(initialsOf('')).toBe('?');
  });
});
