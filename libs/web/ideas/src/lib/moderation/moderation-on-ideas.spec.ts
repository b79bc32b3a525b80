import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CommentView, IdeaDetail } from '@crowdforge/contracts';
import { aChallenge, aComment, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const reader = { ...anIdea().viewer, isAuthor: false, canEdit: false, canManage: false, canModerate: false };
const submitted = anIdea({ status: 'submitted', submittedAt: '2030-02-02T10:00:00Z', viewer: reader });
const comment = aComment({ id: 'c-1' });
const guidelinesUrl = '/api/v1/challenges/ch-1/guidelines';
const guidelines = {
  organisationId: 'org-1',
  text: { markdown: 'Be kind.', html: '<p>Be kind.</p>' },
  updatedAt: '2030-01-01T00:00:00Z',
};

/** Elements of an open dialog live in the overlay, outside the page. */
const inOverlay = <E extends HTMLElement = HTMLElement>(testId: string) =>
  document.querySelector<E>(`.cdk-overlay-container [data-testid="${testId}"]`);

/** A dialog hands its answer over once it has finished closing. */
async function dialogClosed(view: { settle: (ms?: number) => Promise<void> }) {
  for (let waited = 0; waited < 2000 && document.querySelector('mat-dialog-container'); waited += 50) {
    await view.settle(50);
  }
  await view.settle();
}

describe('moderation on ideas and comments', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open(idea: IdeaDetail, comments: CommentView[]) {
    const view = await renderAt('/ideas/idea-1');
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    view.backend.expectOne('/api/v1/ideas/idea-1/comments').flush(comments);
    await view.settle();
    for (const request of view.backend.match(guidelinesUrl)) request.flush(guidelines);
    await view.settle();
    return view;
  }

  it('flags a comment with a category and a note, and says it is flagged', async () => {
    const view = await open(submitted, [comment]);
    view.byTestId('comment-flag')?.click();
    await view.settle();

    inOverlay('flag-category-offensive')?.querySelector('input')?.click();
    const note = inOverlay<HTMLTextAreaElement>('flag-note');
    if (!note) throw new Error('no note field');
    note.value = 'Calls someone names';
    note.dispatchEvent(new Event('input'));
    inOverlay('flag-submit')?.click();
    await view.settle();

    const flag = view.backend.expectOne({ method: 'PUT', url: '/api/v1/comments/c-1/flag' });
    expect(flag.request.body).toEqual({ reason: 'Offensive or abusive: Calls someone names' });
    flag.flush({ id: 'f-1', kind: 'comment', objectId: 'c-1', reason: 'x', state: 'open', createdAt: 'x' });
    await dialogClosed(view);
    expect(view.toast.success).toHaveBeenCalledWith('moderation.flag.done');
    expect(view.text('comment-flag')).toBe('Flagged');
  });

  it('asks for a note when the reason is something else, and shows why a flag was refused', async () => {
    const view = await open(submitted, []);
    view.byTestId('idea-flag')?.click();
    await view.settle();
    inOverlay('flag-category-other')?.querySelector('input')?.click();
    inOverlay('flag-submit')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'PUT', url: '/api/v1/ideas/idea-1/flag' });

    const note = inOverlay<HTMLTextAreaElement>('flag-note');
    if (!note) throw new Error('no note field');
    note.value = 'Copied from a website';
    note.dispatchEvent(new Event('input'));
    inOverlay('flag-submit')?.click();
    await view.settle();
    view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/flag' }).flush(
      {
        type: 'about:blank',
        title: 'Too many flags',
        status: 429,
        code: 'rate_limited',
        detail: 'You flagged a lot this hour.',
      },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await view.settle();
    expect(inOverlay('flag-error')?.textContent).toContain('You flagged a lot this hour.');
  });

  it('shows the guidelines above the comment box, and no flag on one’s own words', async () => {
    const view = await open(submitted, [aComment({ id: 'c-3', viewer: { isAuthor: true, markedHelpful: false } })]);
    expect(view.text('community-guidelines')).toContain('Community guidelines');
    expect(view.byTestId('community-guidelines-text')?.innerHTML).toBe('<p>Be kind.</p>');
    expect(view.byTestId('comment-flag')).toBeNull();
  });

  it('tells the author that a moderator hid their comment, and why', async () => {
    const hidden = aComment({
      id: 'c-3',
      hidden: { reason: 'Shares a phone number', at: '2030-02-03T10:00:00Z' },
      viewer: { isAuthor: true, markedHelpful: false },
    });
    const view = await open(submitted, [hidden]);
    expect(view.text('hidden-banner')).toContain('Hidden by a moderator: Shares a phone number');
    expect(view.text('hidden-banner')).toContain('Only you and the moderators can see this.');
    expect(view.byTestId('comment-reply')).toBeNull();
  });

  it('shows a hidden idea to its author with the reason, and takes no comments on it', async () => {
    const view = await open(
      { ...submitted, viewer: { ...reader, isAuthor: true }, hidden: { reason: 'Advertising', at: 'x' } },
      [],
    );
    expect(view.text('hidden-banner')).toContain('Hidden by a moderator: Advertising');
    expect(view.byTestId('comment-form')).toBeNull();
    expect(view.byTestId('idea-flag')).toBeNull();
  });

  it('puts a notice in place of the comment box while comments are locked', async () => {
    const view = await open({ ...submitted, commentsLocked: true }, [comment]);
    expect(view.byTestId('comment-form')).toBeNull();
    expect(view.byTestId('comment-reply')).toBeNull();
    expect(view.text('comments-locked')).toContain('A moderator has closed the comments');
  });

  it('lets moderators hide the idea with a reason and lock its comments', async () => {
    const view = await open({ ...submitted, viewer: { ...reader, canModerate: true } }, []);
    view.byTestId('moderation-visibility')?.click();
    await view.settle();
    const reason = inOverlay<HTMLTextAreaElement>('reason-input');
    if (!reason) throw new Error('no reason field');
    reason.value = '  Advertising  ';
    reason.dispatchEvent(new Event('input'));
    inOverlay('reason-submit')?.click();
    await view.settle();
    const hide = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/moderation' });
    expect(hide.request.body).toEqual({ action: 'hide', reason: 'Advertising' });
    hide.flush(null);
    await dialogClosed(view);
    expect(view.toast.success).toHaveBeenCalledWith('moderation.decide.hide.done');
    view.backend
      .expectOne('/api/v1/ideas/idea-1')
      .flush({ ...submitted, viewer: { ...reader, canModerate: true }, hidden: { reason: 'Advertising', at: 'x' } });
    await view.settle();
    expect(view.text('hidden-banner')).toContain('Only its author and the moderators can see this.');
    expect(view.text('moderation-visibility')).toBe('Show again');

    view.byTestId('moderation-comments')?.click();
    const lock = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/moderation' });
    expect(lock.request.body).toEqual({ action: 'lock_comments' });
  });
});
