import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChallengeDetail, CurrentUser, VoteIntegrityReport } from '@crowdforge/contracts';
import { aChallenge } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';
import { VoteIntegrityPanel } from './vote-integrity-panel';

@Component({
  imports: [VoteIntegrityPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cf-vote-integrity [challenge]="challenge" />`,
})
class PanelHost {
  static challenge: ChallengeDetail = aChallenge();
  protected readonly challenge = PanelHost.challenge;
}

const url = '/api/v1/challenges/ch-1/voting/integrity';
const person = (role: 'moderator' | 'member' | null): CurrentUser => ({
  id: 'u-2',
  email: 'mila@example.org',
  emailVerified: true,
  displayName: 'Mila',
  bio: '',
  expertise: [],
  language: 'en',
  showOnLeaderboards: true,
  showNameOnIdeas: true,
  isPlatformAdmin: false,
  memberships: role ? [{ organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Leafy Tea', role }] : [],
});
const voting = (closesAt: string | null, canManage: boolean): ChallengeDetail => {
  const challenge = aChallenge();
  const window = { ...challenge.windows[0], kind: 'voting' as const, opensAt: '2020-01-01T00:00:00Z', closesAt };
  return {
    ...challenge,
    windows: [...challenge.windows, window],
    viewer: { ...challenge.viewer, canManage },
  };
};
const report: VoteIntegrityReport = {
  challengeId: 'ch-1',
  newAccountDays: 7,
  groupAccounts: 3,
  votes: 9,
  votesWithoutOrigin: 1,
  ideas: [
    { ideaId: 'i-2', title: 'Cold brew cubes', votes: 3, established: 1, newAccounts: 2, unverified: 1 },
    { ideaId: 'i-1', title: 'Folding bottle', votes: 6, established: 6, newAccounts: 0, unverified: 0 },
  ],
  ideasWithVotes: 2,
  groups: [{ label: '3f9a1c2e', accounts: 4, ideas: [{ ideaId: 'i-1', title: 'Folding bottle', votes: 4 }] }],
  groupCount: 1,
};

describe('the vote integrity panel', () => {
  async function open(challenge: ChallengeDetail, user: CurrentUser) {
    PanelHost.challenge = challenge;
    const view = await renderAt('/panel', { user, routes: [{ path: 'panel', component: PanelHost }] });
    await view.settle();
    return view;
  }

  it('reads the report only when asked, then shows the split per idea and the groups', async () => {
    const view = await open(voting(null, false), person('moderator'));
    view.backend.expectNone(url);
    expect(view.byTestId('voting-ledger')).toBeNull();

    view.byTestId('integrity-open')?.click();
    view.backend.expectOne({ method: 'GET', url }).flush(report);
    await view.settle();
    expect(view.text('integrity-summary')).toBe(
      '9 votes. A new account is younger than 7 days when it votes. 1 were cast before their origin was recorded.',
    );
    const cells = (row: HTMLElement) => Array.from(row.children).map((cell) => cell.textContent?.trim());
    expect(view.allByTestId('integrity-idea').map(cells)).toEqual([
      ['Cold brew cubes', '3', '1', '2', '1'],
      ['Folding bottle', '6', '6', '0', '0'],
    ]);
    expect(view.allByTestId('integrity-idea')[0].classList).toContain('doubtful');
    expect(view.text('integrity-group')).toBe(
      'Origin 3f9a1c2e: 4 accounts voted from here. Folding bottle: 4 of their votes',
    );
    view.backend.verify();
  });

  it('says why when the report is refused', async () => {
    const view = await open(voting(null, false), person('moderator'));
    view.byTestId('integrity-open')?.click();
    view.backend.expectOne(url).flush(
      {
        type: 'urn:crowdforge:problem:conflict',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        detail: 'Blind voting: the integrity report opens to moderators when voting closes.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.settle();
    expect(view.element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Blind voting: the integrity report opens to moderators when voting closes.',
    );
  });

  it('offers the organisers the recount ledger once voting has closed, not before', async () => {
    const during = await open(voting(null, true), person(null));
    expect(during.byTestId('integrity-report')).not.toBeNull();
    expect(during.byTestId('voting-ledger')).toBeNull();
    TestBed.resetTestingModule();

    const after = await open(voting('2021-01-01T00:00:00Z', true), person(null));
    expect(after.byTestId('voting-ledger')?.getAttribute('href')).toBe('/api/v1/challenges/ch-1/voting/ledger');
  });

  it('shows nothing to members who neither run nor moderate the challenge', async () => {
    const view = await open(voting('2021-01-01T00:00:00Z', false), person('member'));
    expect(view.byTestId('integrity-report')).toBeNull();
  });

  it('shows nothing to moderators where the ideas are kept to the organisers', async () => {
    const view = await open({ ...voting(null, false), ideaVisibility: 'organisers' }, person('moderator'));
    expect(view.byTestId('integrity-report')).toBeNull();
  });
});
