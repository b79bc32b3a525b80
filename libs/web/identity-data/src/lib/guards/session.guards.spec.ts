import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { signal } from '@angular/core';
import { SessionStore } from '../session/session.store';
import { platformAdminGuard, safeReturnUrl, signedInGuard, signedOutGuard } from './session.guards';

@Component({ template: '<p data-testid="page">page</p>' })
class Page {}

/** A session store that answers as told, after `whenLoaded()` resolves. */
function fakeSession(state: { signedIn: boolean; admin?: boolean }) {
  let release: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  return {
    store: {
      signedIn: signal(state.signedIn),
      isPlatformAdmin: signal(state.admin ?? false),
      whenLoaded: () => loaded,
    },
    release: () => release(),
  };
}

describe('session guards', () => {
  async function navigate(url: string, state: { signedIn: boolean; admin?: boolean }) {
    const session = fakeSession(state);
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: session.store },
        provideRouter([
          { path: 'account', component: Page, canActivate: [signedInGuard] },
          { path: 'admin/outbox', component: Page, canActivate: [platformAdminGuard] },
          { path: 'sign-in', component: Page, canActivate: [signedOutGuard] },
          { path: 'organisations', component: Page },
          { path: '', component: Page },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    session.release();
    await navigation;
    return TestBed.inject(Router).url;
  }

  it('sends anonymous visitors to sign in, remembering where they were going', async () => {
    expect(await navigate('/account?tab=tokens', { signedIn: false })).toBe(
      '/sign-in?returnUrl=%2Faccount%3Ftab%3Dtokens',
    );
  });

  it('waits for the session before deciding, then lets signed-in people in', async () => {
    expect(await navigate('/account', { signedIn: true })).toBe('/account');
  });

  it('opens admin pages to platform administrators only', async () => {
    expect(await navigate('/admin/outbox', { signedIn: true, admin: true })).toBe('/admin/outbox');
  });

  it('sends signed-in people who are not administrators home', async () => {
    expect(await navigate('/admin/outbox', { signedIn: true })).toBe('/');
  });

  it('asks anonymous visitors of admin pages to sign in first', async () => {
    expect(await navigate('/admin/outbox', { signedIn: false })).toBe('/sign-in?returnUrl=%2Fadmin%2Foutbox');
  });

  it('moves signed-in people past the sign-in page to where they were going', async () => {
    expect(await navigate('/sign-in?returnUrl=%2Forganisations', { signedIn: true })).toBe('/organisations');
    TestBed.resetTestingModule();
    expect(await navigate('/sign-in', { signedIn: false })).toBe('/sign-in');
  });
});

describe('safeReturnUrl', () => {
  it('accepts paths inside the app only', () => {
    expect(safeReturnUrl('/organisations/1?tab=members')).toBe('/organisations/1?tab=members');
    expect(safeReturnUrl('//evil.example/path')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/');
    expect(safeReturnUrl('/sign-in?returnUrl=/x')).toBe('/');
    expect(safeReturnUrl(null, '/account')).toBe('/account');
  });
});
