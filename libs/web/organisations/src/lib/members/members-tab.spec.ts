import type { MemberView, OrganisationRole } from '@crowdforge/contracts';
import { aUser, render } from '../../testing/render';
import { OrganisationContext } from '../shared/organisation-context';
import { MembersTab } from './members-tab';

const members: MemberView[] = [
  {
    userId: 'u-1',
    displayName: 'Ada Lovelace',
    email: 'ada@example.org',
    role: 'member',
    joinedAt: '2026-01-02T10:00:00Z',
  },
  {
    userId: 'u-2',
    displayName: 'Grace Hopper',
    email: 'grace@example.org',
    role: 'owner',
    joinedAt: '2026-01-01T10:00:00Z',
  },
  {
    userId: 'u-3',
    displayName: 'Alan Turing',
    email: 'alan@example.org',
    role: 'reviewer',
    joinedAt: '2026-01-03T10:00:00Z',
  },
];

function renderAs(role: OrganisationRole) {
  const page = render(MembersTab, {
    user: aUser({
      memberships: [{ organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Leafy Tea', role }],
    }),
    providers: [OrganisationContext],
  });
  return page;
}

describe('MembersTab', () => {
  async function open(role: OrganisationRole) {
    const page = renderAs(role);
    const { TestBed } = await import('@angular/core/testing');
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    page.backend.expectOne('/api/v1/organisations/org-1').flush({
      id: 'org-1',
      slug: 'tea',
      name: 'Leafy Tea',
      brandColour: '#0f5f6e',
      logoUrl: null,
      createdAt: '2026-01-01T00:00:00Z',
    });
    page.backend.expectOne({ method: 'GET', url: '/api/v1/organisations/org-1/members' }).flush(members);
    await page.settle();
    return page;
  }

  it('shows a plain member the list and roles, without any management controls', async () => {
    const page = await open('member');

    expect(page.allByTestId('member').map((row) => row.querySelector('.item-name')?.textContent?.trim())).toEqual([
      'Ada Lovelace (you)',
      'Grace Hopper',
      'Alan Turing',
    ]);
    expect(page.allByTestId('member-role').map((role) => role.textContent?.trim())).toEqual([
      'Member',
      'Owner',
      'Reviewer',
    ]);
    expect(page.allByTestId('member-role-select')).toHaveLength(0);
    expect(page.allByTestId('member-remove')).toHaveLength(0);
    expect(page.byTestId('members')?.textContent).toContain('Everyone in this organisation and the role they have.');
  });

  it('lets an administrator manage others, but not owners nor themselves', async () => {
    const page = await open('admin');

    // Ada (me) and Grace (an owner) stay read-only; Alan can be managed.
    expect(page.allByTestId('member-role-select')).toHaveLength(1);
    expect(page.allByTestId('member-remove')).toHaveLength(1);
    expect(page.allByTestId('member')[2].querySelector('[data-testid="member-remove"]')).not.toBeNull();
  });

  it('lets an owner manage owners too', async () => {
    const page = await open('owner');

    expect(page.allByTestId('member-role-select')).toHaveLength(2);
    expect(page.allByTestId('member-remove')).toHaveLength(2);
  });
});
