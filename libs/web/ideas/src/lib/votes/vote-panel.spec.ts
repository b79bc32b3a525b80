import { TestBed } from '@angular/core/testing';
import { DEFAULT_VOTING_RULES, type ChallengeDetail, type IdeaDetail, type MyVotes } from '@crowdforge/contracts';
import { aChallenge, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const reader = {
  isAuthor: false,
  canEdit: false,
  canManage: false,
  canModerate: false,
  isFollowing: false,
  invitationId: null,
};
const submitted = anIdea({ status: 'submitted', submittedAt: '2030-02-02T10:00:00Z', viewer: reader });
const voting = (open: boolean): ChallengeDetail => {
  const challenge = aChallenge();
  const window = { ...challenge.windows[0], kind: 'voting' as const, open };
  return { ...challenge, windows: [...challenge.windows, window] };
};
const none: MyVotes = {
  challengeId: 'ch-1',
  ...DEFAULT_VOTING_RULES,
  voteLimit: 3,
  votes: [],
  votesLeft: 1,
  tokensLeft: null,
};
const onThisIdea = (value: number) => [{ ideaId: 'idea-1', value }];

describe('voting on an idea', () => {
  async function open(idea: IdeaDetail, challenge: ChallengeDetail, votes?: MyVotes) {
    const view = await renderAt('/ideas/idea-1');
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(challenge);
    await view.settle();
    if (votes) view.backend.expectOne('/api/v1/challenges/ch-1/my-votes').flush(votes);
    await view.settle();
    return view;
  }

  it('supports the idea while voting is open, says how many votes are left, and takes it back', async () => {
    const view = await open(submitted, voting(true), none);
    expect(view.text('vote-state')).toBe('Back this idea if you want it to go further. 1 of your 3 votes left.');

    view.byTestId('support-button')?.click();
    const put = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(put.request.body).toEqual({ value: 1 });
    put.flush({ ...none, votes: onThisIdea(1), votesLeft: 0 });
    await view.settle();
    expect(view.text('vote-state')).toBe('You support this idea. 0 of your 3 votes left.');
    expect(view.byTestId('support-button')?.getAttribute('aria-pressed')).toBe('true');

    view.byTestId('support-button')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/vote' }).flush(none);
    await view.settle();
    expect(view.byTestId('support-button')?.getAttribute('aria-pressed')).toBe('false');
    expect(view.toast.success).toHaveBeenCalledWith('ideas.votes.withdrawn');
  });

  it('votes for or against, switches sides, and takes the vote back by pressing the same side', async () => {
    const upDown: MyVotes = { ...none, mode: 'up_down', voteLimit: null, votesLeft: null };
    const view = await open(submitted, voting(true), upDown);
    expect(view.text('vote-state')).toBe('Are you for or against this idea?');

    view.byTestId('vote-down')?.click();
    const down = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(down.request.body).toEqual({ value: -1 });
    down.flush({ ...upDown, votes: onThisIdea(-1) });
    await view.settle();
    expect(view.text('vote-state')).toBe('You are against this idea.');
    expect(view.byTestId('vote-down')?.getAttribute('aria-pressed')).toBe('true');
    expect(view.byTestId('vote-up')?.getAttribute('aria-pressed')).toBe('false');

    view.byTestId('vote-up')?.click();
    const up = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(up.request.body).toEqual({ value: 1 });
    up.flush({ ...upDown, votes: onThisIdea(1) });
    await view.settle();

    view.byTestId('vote-up')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/vote' }).flush(upDown);
    await view.settle();
    expect(view.text('vote-state')).toBe('Are you for or against this idea?');
  });

  it('rates with stars, each star a button that says what it gives, and clears the rating', async () => {
    const stars: MyVotes = { ...none, mode: 'stars' };
    const view = await open(submitted, voting(true), stars);
    expect(view.byTestId('vote-star-4')?.getAttribute('aria-label')).toBe('4 of 5 stars');
    expect(view.byTestId('vote-clear')).toBeNull();

    view.byTestId('vote-star-4')?.click();
    const rate = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(rate.request.body).toEqual({ value: 4 });
    rate.flush({ ...stars, votes: onThisIdea(4), votesLeft: 0 });
    await view.settle();
    expect(view.text('vote-state')).toBe('You gave this idea 4 of 5 stars. 0 of your 3 votes left.');
    expect(view.byTestId('vote-star-4')?.getAttribute('aria-pressed')).toBe('true');
    // A rated idea can be rated again even with no votes left: it is the same vote.
    expect(view.byTestId<HTMLButtonElement>('vote-star-2')?.disabled).toBe(false);

    view.byTestId('vote-clear')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/vote' }).flush(stars);
    await view.settle();
    expect(view.byTestId('vote-clear')).toBeNull();
  });

  it('adds and takes back tokens within the cap and the budget', async () => {
    const tokens: MyVotes = {
      ...none,
      mode: 'tokens',
      voteLimit: null,
      tokenBudget: 10,
      tokensPerIdea: 2,
      votesLeft: null,
      tokensLeft: 10,
    };
    const view = await open(submitted, voting(true), tokens);
    expect(view.text('vote-state')).toContain('10 of your 10 tokens left.');
    expect(view.byTestId<HTMLButtonElement>('vote-token-remove')?.disabled).toBe(true);

    view.byTestId('vote-token-add')?.click();
    const first = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(first.request.body).toEqual({ value: 1 });
    first.flush({ ...tokens, votes: onThisIdea(1), tokensLeft: 9 });
    await view.settle();
    view.byTestId('vote-token-add')?.click();
    view.backend
      .expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' })
      .flush({ ...tokens, votes: onThisIdea(2), tokensLeft: 8 });
    await view.settle();
    expect(view.text('vote-tokens')).toBe('2 of at most 2 on this idea');
    expect(view.text('vote-state')).toBe('You put 2 of your tokens on this idea. 8 of your 10 tokens left.');
    expect(view.byTestId<HTMLButtonElement>('vote-token-add')?.disabled).toBe(true);

    view.byTestId('vote-token-remove')?.click();
    const less = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' });
    expect(less.request.body).toEqual({ value: 1 });
    less.flush({ ...tokens, votes: onThisIdea(1), tokensLeft: 9 });
    await view.settle();
    view.byTestId('vote-token-remove')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/vote' }).flush(tokens);
    await view.settle();
    expect(view.text('vote-tokens')).toBe('0 of at most 2 on this idea');
  });

  it('offers no vote once the votes are used up, to authors, or outside the voting window', async () => {
    const usedUp = await open(submitted, voting(true), {
      ...none,
      votes: [{ ideaId: 'idea-7', value: 1 }],
      votesLeft: 0,
    });
    expect(usedUp.byTestId<HTMLButtonElement>('support-button')?.disabled).toBe(true);
    TestBed.resetTestingModule();

    const author = await open({ ...submitted, viewer: { ...reader, isAuthor: true } }, voting(true), none);
    expect(author.byTestId('support-button')).toBeNull();
    expect(author.text('vote-state')).toContain('Authors do not vote for their own ideas');
    TestBed.resetTestingModule();

    const closed = await open(submitted, voting(false));
    expect(closed.byTestId('vote-panel')).toBeNull();
  });

  it('leads to the comparison page instead of voting on the idea in pairwise voting, authors too', async () => {
    const pairwise: MyVotes = { ...none, mode: 'pairwise', voteLimit: null, votesLeft: null };
    const author = await open({ ...submitted, viewer: { ...reader, isAuthor: true } }, voting(true), pairwise);
    expect(author.text('vote-state')).toBe('In this challenge you vote by comparing ideas two at a time.');
    expect(author.byTestId('support-button')).toBeNull();
    expect(author.byTestId('vote-compare')?.getAttribute('href')).toBe('/challenges/ch-1/compare');
  });
});
