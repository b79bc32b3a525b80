import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CommentView, IdeaDetail } from '@crowdforge/contracts';
import { of } from 'rxjs';
import { aChallenge, aComment, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';
import { MENTION_PAUSE_MS } from './comment-composer';

const reader = {
  isAuthor: false,
  canEdit: false,
  canManage: false,
  canModerate: false,
  isFollowing: false,
  invitationId: null,
};
const submitted = anIdea({ status: 'submitted', submittedAt: '2030-02-02T10:00:00Z', viewer: reader });
const question = aComment({ id: 'c-1', helpful: 1 });
const answer = aComment({
  id: 'c-2',
  parentId: 'c-1',
  depth: 1,
  author: { id: 'u-9', name: 'Olga Organiser' },
  byStaff: true,
  body: { markdown: 'Yes, in four weeks.', html: '<p>Yes, in four weeks.</p>' },
});
const mine = aComment({
  id: 'c-3',
  author: { id: 'u-1', name: 'Ada Lovelace' },
  body: { markdown: 'I tried it.', html: '<p>I tried it.</p>' },
  viewer: { isAuthor: true, markedHelpful: false },
});

describe('the conversation on an idea', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open(idea: IdeaDetail, comments: CommentView[], user?: null) {
    const view = await renderAt('/ideas/idea-1', user === null ? { user } : {});
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    view.backend.expectOne('/api/v1/ideas/idea-1/comments').flush(comments);
    await view.settle();
    return view;
  }
  const within = (element: HTMLElement | undefined, testId: string) =>
    element?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

  it('shows replies nested under what they answer, with staff and official marks', async () => {
    const view = await open(submitted, [question, { ...answer, official: true }, mine]);

    expect(view.text('comments')).toContain('Could the film be home-compostable?');
    const [first, reply, third] = view.allByTestId('comment');
    expect(reply.closest('li')?.parentElement?.closest('li')?.contains(first)).toBe(true);
    expect(within(reply, 'comment-staff')?.textContent?.trim()).toBe('Organiser');
    expect(within(reply, 'comment-official')?.textContent?.trim()).toBe('Official response');
    expect(within(first, 'comment-helpful')?.textContent?.trim()).toBe('Helpful (1)');
    expect(within(third, 'comment-helpful')).toBeNull();
    expect(within(third, 'comment-edit')).not.toBeNull();
    expect(within(first, 'comment-edit')).toBeNull();
    expect(view.element().querySelector('#comments')?.textContent).toContain('Conversation (3)');
  });

  it('replies to a comment, but no deeper than two levels', async () => {
    const deepest = aComment({ id: 'c-4', parentId: 'c-2', depth: 2 });
    const view = await open(submitted, [question, answer, deepest]);
    const [first, , third] = view.allByTestId('comment');
    expect(within(third, 'comment-reply')).toBeNull();

    within(first, 'comment-reply')?.click();
    await view.settle();
    const replyBox = view.allByTestId('comment-input')[0] as HTMLTextAreaElement;
    replyBox.value = 'It does, we tested it.';
    replyBox.dispatchEvent(new Event('input'));
    (view.allByTestId('comment-send')[0] as HTMLButtonElement).click();
    const posted = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/comments' });
    expect(posted.request.body).toEqual({ body: 'It does, we tested it.', parentId: 'c-1', mentions: [] });
    posted.flush(aComment({ id: 'c-5', parentId: 'c-1', depth: 1, body: { markdown: 'x', html: '<p>It does.</p>' } }));
    await view.settle();

    expect(view.allByTestId('comment')).toHaveLength(4);
    expect(view.allByTestId('comment-input')).toHaveLength(1);
  });

  it('suggests people after an @ and tells the chosen ones', async () => {
    const view = await open(submitted, []);
    const box = view.byTestId<HTMLTextAreaElement>('comment-input');
    if (!box) throw new Error('no comment box');
    box.focus();
    box.value = 'Thanks @gra';
    box.setSelectionRange(11, 11);
    box.dispatchEvent(new Event('input'));
    // The lookup waits for a pause in typing; on a busy machine the timer may fire late.
    const isLookup = (request: { url: string }) => request.url === '/api/v1/ideas/idea-1/mention-candidates';
    await view.settle(MENTION_PAUSE_MS);
    let lookups = view.backend.match(isLookup);
    for (let waited = 0; waited < 2000 && lookups.length === 0; waited += 20) {
      await view.settle(20);
      lookups = view.backend.match(isLookup);
    }
    expect(lookups).toHaveLength(1);
    const [lookup] = lookups;
    expect(lookup.request.params.get('q')).toBe('gra');
    lookup.flush([{ id: 'u-2', name: 'Grace Hopper' }]);
    await view.settle();

    const option = document.querySelector<HTMLElement>('[data-testid="mention-option"]');
    expect(option?.textContent?.trim()).toBe('Grace Hopper');
    option?.click();
    await view.settle();
    expect(box.value).toBe('Thanks @Grace Hopper ');

    view.byTestId('comment-send')?.click();
    const posted = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/comments' });
    expect(posted.request.body).toEqual({ body: 'Thanks @Grace Hopper', mentions: ['u-2'] });
  });

  it('marks helpful, and lets organisers mark a staff comment official', async () => {
    const view = await open({ ...submitted, viewer: { ...reader, canManage: true } }, [question, answer]);
    const [first, reply] = view.allByTestId('comment');
    expect(within(first, 'comment-mark-official')).toBeNull();

    within(first, 'comment-helpful')?.click();
    view.backend
      .expectOne({ method: 'PUT', url: '/api/v1/comments/c-1/helpful' })
      .flush({ ...question, helpful: 2, viewer: { isAuthor: false, markedHelpful: true } });
    await view.settle();
    expect(within(view.allByTestId('comment')[0], 'comment-helpful')?.getAttribute('aria-pressed')).toBe('true');

    within(reply, 'comment-mark-official')?.click();
    view.backend
      .expectOne({ method: 'PUT', url: '/api/v1/comments/c-2/official' })
      .flush({ ...answer, official: true });
    await view.settle();
    expect(within(view.allByTestId('comment')[1], 'comment-official')).not.toBeNull();
    view.backend
      .expectOne('/api/v1/ideas/idea-1')
      .flush({ ...submitted, firstOfficialResponseAt: '2030-02-02T15:00:00Z' });
    await view.settle();
    expect(view.text('first-official-response')).toBe(
      'The organisers first responded officially 5 h after submission.',
    );
  });

  it('edits and deletes one’s own comment after confirming', async () => {
    const view = await open(submitted, [mine]);
    view.byTestId('comment-edit')?.click();
    await view.settle();
    view.type('comment-edit-input', 'I tried it twice.');
    view.byTestId('comment-edit-save')?.click();
    const edit = view.backend.expectOne({ method: 'PATCH', url: '/api/v1/comments/c-3' });
    expect(edit.request.body).toEqual({ body: 'I tried it twice.' });
    edit.flush({ ...mine, body: { markdown: 'I tried it twice.', html: '<p>I tried it twice.</p>' }, editedAt: 'x' });
    await view.settle();
    expect(view.text('comment-body')).toBe('I tried it twice.');
    expect(view.text('comment-edited')).toBe('edited');

    jest.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => of(true) } as never);
    view.byTestId('comment-delete')?.click();
    await view.settle();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/comments/c-3' }).flush(null);
    await view.settle();
    expect(view.text('comment-deleted')).toBe('This comment was deleted.');
    expect(view.element().querySelector('#comments')?.textContent).toContain('Conversation (0)');
  });

  it('follows the idea', async () => {
    const view = await open(submitted, []);
    view.byTestId('follow-button')?.click();
    view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/follow' }).flush(null);
    await view.settle();
    expect(view.byTestId('follow-button')?.getAttribute('aria-pressed')).toBe('true');
    expect(view.toast.success).toHaveBeenCalledWith('ideas.conversation.followed');
  });

  it('asks visitors to sign in, and closes withdrawn ideas to comments', async () => {
    const visitor = await open(submitted, [question], null);
    expect(visitor.byTestId('comment-form')).toBeNull();
    expect(visitor.byTestId('follow-button')).toBeNull();
    expect(visitor.text('comments-sign-in')).toBe('Sign in to join the conversation.');
    TestBed.resetTestingModule();

    const withdrawn = await open({ ...submitted, status: 'withdrawn' }, [question]);
    expect(withdrawn.byTestId('comment-form')).toBeNull();
    expect(withdrawn.byTestId('comment-reply')).toBeNull();
  });
});
