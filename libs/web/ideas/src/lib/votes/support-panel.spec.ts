import { TestBed } from '@angular/core/testing';
import type { ChallengeDetail, IdeaDetail, MyVotes } from '@crowdforge/contracts';
import { aChallenge, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const reader = { isAuthor: false, canEdit: false, canManage: false, isFollowing: false, invitationId: null };
const submitted = anIdea({ status: 'submitted', submittedAt: '2030-02-02T10:00:00Z', viewer: reader });
const voting = (open: boolean): ChallengeDetail => {
  const challenge = aChallenge();
  const window = { ...challenge.windows[0], kind: 'voting' as const, open };
  return { ...challenge, windows: [...challenge.windows, window] };
};
const none: MyVotes = { challengeId: 'ch-1', ideaIds: [], voteLimit: 3, authorsMayVote: false, votesLeft: 1 };

describe('supporting an idea', () => {
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
    expect(view.text('support-state')).toBe('Back this idea if you want it to go further. 1 of your 3 votes left.');

    view.byTestId('support-button')?.click();
    view.backend
      .expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/vote' })
      .flush({ ...none, ideaIds: ['idea-1'], votesLeft: 0 });
    await view.settle();
    expect(view.text('support-state')).toBe('You support this idea. 0 of your 3 votes left.');
    expect(view.byTestId('support-button')?.getAttribute('aria-pressed')).toBe('true');

    view.byTestId('support-button')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/vote' }).flush(none);
    await view.settle();
    expect(view.byTestId('support-button')?.getAttribute('aria-pressed')).toBe('false');
    expect(view.toast.success).toHaveBeenCalledWith('ideas.votes.withdrawn');
  });

  it('offers no vote once the votes are used up, to authors, or outside the voting window', async () => {
    const usedUp = await open(submitted, voting(true), { ...none, ideaIds: ['idea-7'], votesLeft: 0 });
    expect(usedUp.byTestId<HTMLButtonElement>('support-button')?.disabled).toBe(true);
    TestBed.resetTestingModule();

    const author = await open({ ...submitted, viewer: { ...reader, isAuthor: true } }, voting(true), none);
    expect(author.byTestId('support-button')).toBeNull();
    expect(author.text('support-state')).toContain('Authors do not vote for their own ideas');
    TestBed.resetTestingModule();

    const closed = await open(submitted, voting(false));
    expect(closed.byTestId('support-panel')).toBeNull();
  });
});
