import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { aUser } from '../../testing/render';
import { translocoTesting } from '../../testing/transloco-testing';
import { AcceptInvitationPage } from './accept-invitation-page';

describe('AcceptInvitationPage', () => {
  async function open(url: string) {
    const user = signal<CurrentUser | null>(aUser());
    const refresh = jest.fn(async () =>
      user.set(
        aUser({
          memberships: [
            { organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Leafy Tea', role: 'member' },
          ],
        }),
      ),
    );
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideFeatureIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { user, refresh, signOut: jest.fn() } },
        provideRouter([{ path: 'invitations/accept', component: AcceptInvitationPage }]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const backend = TestBed.inject(HttpTestingController);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      harness.detectChanges();
    };
    return { harness, backend, settle, refresh, element: harness.routeNativeElement as HTMLElement };
  }

  it('accepts the invitation from the link and welcomes me to the organisation', async () => {
    const { backend, settle, refresh, element } = await open('/invitations/accept?token=inv_0123456789abcdefghij');

    const request = backend.expectOne({ method: 'POST', url: '/api/v1/invitations/accept' });
    expect(request.request.body).toEqual({ token: 'inv_0123456789abcdefghij' });
    request.flush({ organisationId: 'org-1' });
    await settle();

    expect(refresh).toHaveBeenCalled();
    expect(element.querySelector('[data-testid="accept-joined"]')?.textContent).toContain('Welcome to Leafy Tea!');
    expect(element.querySelector('[data-testid="accept-open"]')?.getAttribute('href')).toBe('/organisations/org-1');
  });

  it('explains an invitation for another address', async () => {
    const { backend, settle, element } = await open('/invitations/accept?token=inv_0123456789abcdefghij');

    backend
      .expectOne('/api/v1/invitations/accept')
      .flush(
        { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Other address.', code: 'forbidden' },
        { status: 403, statusText: 'Forbidden', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();

    expect(element.querySelector('[data-testid="accept-wrong-address"]')?.textContent).toContain('ada@example.org');
  });

  it('explains a used or expired invitation', async () => {
    const { backend, settle, element } = await open('/invitations/accept?token=inv_0123456789abcdefghij');

    backend.expectOne('/api/v1/invitations/accept').flush(null, { status: 400, statusText: 'Bad Request' });
    await settle();

    expect(element.querySelector('[data-testid="accept-invalid"]')).not.toBeNull();
  });
});
