import { TestBed } from '@angular/core/testing';
import type { InvitationView } from '@crowdforge/contracts';
import { render } from '../../testing/render';
import { OrganisationContext } from '../shared/organisation-context';
import { InvitationsTab, invitationStatus } from './invitations-tab';

const open: InvitationView = {
  id: 'i-1',
  email: 'grace@example.org',
  role: 'reviewer',
  invitedBy: 'Ada Lovelace',
  expiresAt: '2999-01-01T00:00:00Z',
  acceptedAt: null,
  revokedAt: null,
};

describe('InvitationsTab', () => {
  it('invites by email and role, then lists the invitation as waiting', async () => {
    const page = render(InvitationsTab, { providers: [OrganisationContext] });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    page.backend.expectOne('/api/v1/organisations/org-1').flush({});
    page.backend.expectOne({ method: 'GET', url: '/api/v1/organisations/org-1/invitations' }).flush([]);
    await page.settle();
    expect(page.byTestId('invitations')?.textContent).toContain('No invitations sent yet');

    page.type('invite-email', ' grace@example.org ');
    (
      page.fixture.componentInstance as unknown as { form: { controls: { role: { setValue(v: string): void } } } }
    ).form.controls.role.setValue('reviewer');
    page.byTestId('invite-submit')?.click();
    const request = page.backend.expectOne({ method: 'POST', url: '/api/v1/organisations/org-1/invitations' });
    expect(request.request.body).toEqual({ email: 'grace@example.org', role: 'reviewer' });
    request.flush(open);
    await page.settle();
    page.backend.expectOne('/api/v1/organisations/org-1/invitations').flush([open]);
    await page.settle();

    expect(page.byTestId('invitation-sent')?.textContent).toContain('Invitation sent to grace@example.org.');
    expect(page.byTestId('invitation-status')?.textContent).toBe('Waiting');
    expect(page.byTestId('invitation-revoke')).not.toBeNull();
    expect(page.byTestId<HTMLInputElement>('invite-email')?.value).toBe('');
  });

  it('tells open, accepted, revoked and expired invitations apart', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(invitationStatus(open, now)).toBe('open');
    expect(invitationStatus({ ...open, acceptedAt: '2026-05-01' }, now)).toBe('accepted');
    expect(invitationStatus({ ...open, revokedAt: '2026-05-01' }, now)).toBe('revoked');
    expect(invitationStatus({ ...open, expiresAt: '2026-05-01T00:00:00Z' }, now)).toBe('expired');
  });
});
