import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { DEFAULT_VOTING_RULES, type ChallengeDetail } from '@crowdforge/contracts';
import { aDetail, aWindow, daysFromNow } from '../../testing/challenge-fixtures';
import { aUser, renderAt } from '../../testing/render';

const problemJson = { 'Content-Type': 'application/problem+json' };
const manager = {
  canManage: true,
  canTakePart: false,
  isParticipant: false,
  acceptedLicenceVersion: null,
  isFollowing: false,
};

describe('ChallengePage', () => {
  async function open(challenge: ChallengeDetail, url = '/challenges/ch-1', user?: ReturnType<typeof aUser> | null) {
    const view = await renderAt(url, { user });
    await view.settle();
    view.backend.expectOne((request) => request.url === '/api/v1/challenges/ch-1').flush(challenge);
    await view.settle();
    return view;
  }

  it('shows the challenge in the colour of the client it is run for, with its brief and criteria', async () => {
    const view = await open(
      aDetail({ onBehalfOf: { name: 'City of Utrecht', logoUrl: null, brandColour: '#224488' } }),
    );

    expect(view.text('page-title')).toBe('Tea without plastic');
    expect(view.byTestId('challenge-banner')?.style.getPropertyValue('--cf-brand')).toBe('#224488');
    expect(view.byTestId('challenge-brand')?.querySelector(':scope > span')?.textContent).toBe('City of Utrecht');
    expect(view.byTestId('brief-problem')?.querySelector('.markdown')?.innerHTML).toBe(
      '<p>Tea bags contain plastic.</p>',
    );
    expect(view.byTestId('brief-constraints')).toBeNull();
    expect(view.text('objective-target')).toBe('Target: 100% plastic-free by 2028');
    expect(view.allByTestId('criterion-share').map((share) => share.textContent?.trim())).toEqual(['75%', '25%']);
    expect(view.text('licence')).toContain('Creative Commons Attribution 4.0 (CC BY 4.0) · version 2');
  });

  it('passes the key of a secret link on to the API', async () => {
    const view = await renderAt('/challenges/ch-1?key=s3cret');
    await view.settle();

    const request = view.backend.expectOne((r) => r.url === '/api/v1/challenges/ch-1');
    expect(request.request.params.get('key')).toBe('s3cret');
    request.flush(aDetail());
  });

  it('draws the timeline: what is open now, what comes and what is over', async () => {
    const view = await open(
      aDetail({
        windows: [
          aWindow('review', { open: false, openedAt: null, opensAt: daysFromNow(30), closesAt: null }),
          aWindow('submission', {
            open: false,
            opensAt: daysFromNow(-20),
            closesAt: daysFromNow(-2),
            closedAt: daysFromNow(-2),
          }),
          aWindow('voting', { open: true, opensAt: daysFromNow(-2), closesAt: daysFromNow(5) }),
        ],
      }),
    );

    const steps = view.byTestId('phase-timeline')?.querySelectorAll('li') ?? [];
    expect(
      Array.from(steps).map((step) => [step.getAttribute('data-testid'), step.getAttribute('data-status')]),
    ).toEqual([
      ['phase-submission', 'closed'],
      ['phase-voting', 'open'],
      ['phase-review', 'upcoming'],
    ]);
    expect(
      Array.from(steps).map((step) => step.querySelector('[data-testid="phase-status"]')?.textContent?.trim()),
    ).toEqual(['Closed', 'Open now', 'Upcoming']);
    expect(view.byTestId('phase-voting')?.getAttribute('aria-current')).toBe('step');
    expect(view.byTestId('phase-review')?.textContent).toContain('no end date');
  });

  it('lets people join only once the required statements and the licence are confirmed', async () => {
    const view = await open(aDetail());
    view.byTestId('join-submit')?.click();
    await view.settle();

    view.backend.expectNone('/api/v1/challenges/ch-1/participation');
    expect(view.text('join-form')).toContain('Confirm this to take part.');
    expect(view.text('join-form')).toContain('Accept the licence to take part.');

    view.byTestId('join-question-adult')?.querySelector('input')?.click();
    await view.settle();
    view.byTestId('join-submit')?.click();
    await view.settle();
    view.backend.expectNone('/api/v1/challenges/ch-1/participation');

    view.byTestId('join-licence')?.querySelector('input')?.click();
    await view.settle();
    view.byTestId('join-submit')?.click();
    const join = view.backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/participation' });
    expect(join.request.body).toEqual({ answers: { adult: true }, acceptLicenceVersion: 2 });
    join.flush(
      aDetail({ viewer: { ...aDetail().viewer, canTakePart: false, isParticipant: true, acceptedLicenceVersion: 2 } }),
    );
    await view.settle();

    expect(view.byTestId('join-form')).toBeNull();
    expect(view.text('join-participant')).toBe('You are taking part in this challenge.');
    expect(view.toast.success).toHaveBeenCalledWith('challenges.join.joined', { title: 'Tea without plastic' });
  });

  it('sends optional text answers when given', async () => {
    const view = await open(aDetail());
    view.byTestId('join-question-adult')?.querySelector('input')?.click();
    view.byTestId('join-licence')?.querySelector('input')?.click();
    view.type('join-question-company', '  Leafy Tea  ');
    await view.settle();
    view.byTestId('join-submit')?.click();

    const join = view.backend.expectOne('/api/v1/challenges/ch-1/participation');
    expect(join.request.body.answers).toEqual({ adult: true, company: 'Leafy Tea' });
  });

  it('sends visitors who are not signed in to sign in and back', async () => {
    const view = await open(aDetail(), '/challenges/ch-1?key=s3cret', null);

    expect(view.byTestId('join-form')).toBeNull();
    expect(view.byTestId('join-sign-in')?.getAttribute('href')).toBe(
      `/sign-in?returnUrl=${encodeURIComponent('/challenges/ch-1?key=s3cret')}`,
    );
  });

  it('shows no organiser tools to people who do not manage the challenge', async () => {
    const view = await open(aDetail({ organiser: null }));

    expect(view.byTestId('organiser-panel')).toBeNull();
    expect(view.byTestId('challenge-edit')).toBeNull();
    expect(view.byTestId('challenge-publish')).toBeNull();
  });

  it('lets a manager publish a draft, listing what is still missing', async () => {
    const view = await open(aDetail({ state: 'draft', stage: 'draft', viewer: manager }));

    expect(view.byTestId('challenge-edit')?.getAttribute('href')).toBe('/challenges/ch-1/edit');
    expect(view.byTestId('join-panel')).toBeNull();
    view.byTestId('challenge-publish')?.click();
    view.backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/publish' }).flush(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'validation_failed',
        detail: 'The brief is not complete yet.',
        errors: [
          { field: 'criteria', messages: ['Add at least one criterion.'] },
          { field: 'windows.0.opensAt', messages: ['Set when submissions open.'] },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity', headers: problemJson },
    );
    await view.settle();

    expect(view.text('publish-problem')).toContain('The brief is not complete yet.');
    expect(
      Array.from(view.byTestId('publish-errors')?.querySelectorAll('li') ?? []).map((item) =>
        item.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual(['Evaluation criteria: Add at least one criterion.', 'Phases: Set when submissions open.']);

    view.byTestId('challenge-publish')?.click();
    view.backend
      .expectOne('/api/v1/challenges/ch-1/publish')
      .flush(aDetail({ state: 'published', viewer: manager, organiser: null }));
    await view.settle();

    expect(view.byTestId('challenge-publish')).toBeNull();
    expect(view.byTestId('publish-problem')).toBeNull();
    expect(view.toast.success).toHaveBeenCalledWith('challenges.organiser.published', { title: 'Tea without plastic' });
  });

  it('gives a manager the windows by hand and the secret link', async () => {
    const view = await open(
      aDetail({
        audience: 'unlisted',
        viewer: manager,
        revision: 3,
        windows: [aWindow('submission'), aWindow('voting', { open: false, openedAt: null, opensAt: daysFromNow(9) })],
        organiser: { unlistedLink: '/challenges/ch-1?key=s3cret', invitedEmails: [], invitedDomains: [] },
      }),
    );
    expect(view.byTestId<HTMLInputElement>('unlisted-link')?.value).toBe('http://localhost/challenges/ch-1?key=s3cret');
    expect(view.text('organiser-panel')).toContain('Published · Unlisted (secret link) · Revision 3');
    expect(view.byTestId('window-close-submission')).not.toBeNull();

    view.byTestId('window-open-voting')?.click();
    view.backend
      .expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/windows/voting/open' })
      .flush(aDetail({ viewer: manager, revision: 3, windows: [aWindow('submission'), aWindow('voting')] }));
    await view.settle();
    expect(view.byTestId('window-close-voting')).not.toBeNull();

    const confirm = jest.spyOn(TestBed.inject(MatDialog), 'open');
    view.byTestId('window-close-voting')?.click();
    await view.settle();
    expect(confirm).toHaveBeenCalled();
  });

  it('lets a manager choose how people vote until voting opens', async () => {
    const upcoming = aWindow('voting', { open: false, openedAt: null, opensAt: daysFromNow(9) });
    const view = await open(aDetail({ viewer: manager, windows: [aWindow('submission'), upcoming] }));
    view.backend
      .expectOne('/api/v1/challenges/ch-1/my-votes')
      .flush({ challengeId: 'ch-1', ...DEFAULT_VOTING_RULES, votes: [], votesLeft: null, tokensLeft: null });
    await view.settle();
    expect(view.byTestId<HTMLInputElement>('voting-limit')?.value).toBe('');

    view.byTestId('voting-mode-tokens')?.querySelector('input')?.click();
    await view.settle();
    expect(view.byTestId('voting-limit')).toBeNull();
    view.type('voting-token-budget', '10');
    view.type('voting-tokens-per-idea', '3');
    view.byTestId('voting-authors')?.querySelector('input')?.click();
    view.byTestId('voting-save')?.click();
    const save = view.backend.expectOne({ method: 'PUT', url: '/api/v1/challenges/ch-1/voting-rules' });
    expect(save.request.body).toEqual({
      mode: 'tokens',
      voteLimit: null,
      authorsMayVote: true,
      tokenBudget: 10,
      tokensPerIdea: 3,
      blind: false,
      supportThreshold: null,
    });
    save.flush(save.request.body);
    await view.settle();
    expect(view.toast.success).toHaveBeenCalledWith('ideas.votingSettings.saved');
  });

  it('shows the voting rules as fixed once voting has opened', async () => {
    const view = await open(aDetail({ viewer: manager, windows: [aWindow('submission'), aWindow('voting')] }));
    view.backend.expectOne('/api/v1/challenges/ch-1/my-votes').flush({
      challengeId: 'ch-1',
      ...DEFAULT_VOTING_RULES,
      mode: 'stars',
      votes: [],
      votesLeft: null,
      tokensLeft: null,
    });
    await view.settle();
    expect(view.text('voting-locked')).toBe('Voting has opened: people vote by stars and the rules stay as they are.');
    expect(view.byTestId('voting-save')).toBeNull();
    expect(view.byTestId('voting-mode-stars')?.querySelector('input')?.checked).toBe(true);
    expect(view.byTestId('voting-mode-support')?.querySelector('input')?.disabled).toBe(true);
  });

  it('says so when the challenge does not exist or is not shared', async () => {
    const view = await renderAt('/challenges/ch-1');
    await view.settle();
    view.backend
      .expectOne('/api/v1/challenges/ch-1')
      .flush(
        { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found', detail: 'No such challenge.' },
        { status: 404, statusText: 'Not Found', headers: problemJson },
      );
    await view.settle();

    expect(view.text('error-state-title')).toBe("We can't find this challenge");
    expect(view.byTestId('error-state-retry')).toBeNull();
  });
});
