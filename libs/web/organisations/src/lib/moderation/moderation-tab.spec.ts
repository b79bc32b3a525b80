import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ModerationLogPage, ModerationQueueItem, SuspensionView } from '@crowdforge/contracts';
import { of } from 'rxjs';
import { aUser, render } from '../../testing/render';
import { OrganisationContext } from '../shared/organisation-context';
import { ModerationTab } from './moderation-tab';

const flagged: ModerationQueueItem = {
  kind: 'comment',
  objectId: 'c-1',
  ideaId: 'idea-1',
  ideaTitle: 'Seaweed tea bags',
  challengeId: 'ch-1',
  challengeTitle: 'Tea without plastic',
  excerpt: 'Call me on 06-12345678 for cheap watches',
  authorId: 'u-7',
  authorName: 'Sam Spammer',
  hidden: false,
  commentsLocked: false,
  state: 'open',
  flags: [
    { reason: 'Spam or advertising', createdAt: '2030-02-02T10:00:00Z', resolution: null },
    { reason: 'Shares personal information: a phone number', createdAt: '2030-02-02T11:00:00Z', resolution: null },
  ],
  lastFlaggedAt: '2030-02-02T11:00:00Z',
};
const suspension: SuspensionView = {
  id: 's-1',
  userId: 'u-8',
  userName: 'Rex Rude',
  reason: 'Insults',
  startsAt: '2030-02-01T10:00:00Z',
  endsAt: '2030-02-08T10:00:00Z',
  liftedAt: null,
  active: true,
};
const log: ModerationLogPage = {
  items: [
    {
      id: 'a-1',
      action: 'moderation.comment_hidden',
      objectType: 'comment',
      objectId: 'c-0',
      actorName: 'Olga Organiser',
      reason: 'Insults',
      occurredAt: '2030-02-01T10:00:00Z',
    },
    {
      id: 'a-2',
      action: 'moderation.something_new',
      objectType: 'idea',
      objectId: 'idea-0',
      actorName: null,
      reason: null,
      occurredAt: '2030-01-31T10:00:00Z',
    },
  ],
  total: 2,
  limit: 20,
  offset: 0,
};
const queueUrl = '/api/v1/organisations/org-1/moderation/queue';
const inOverlay = <E extends HTMLElement = HTMLElement>(testId: string) =>
  document.querySelector<E>(`.cdk-overlay-container [data-testid="${testId}"]`);

describe('ModerationTab', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open() {
    const page = render(ModerationTab, {
      user: aUser({
        memberships: [
          { organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Leafy Tea', role: 'moderator' },
        ],
      }),
      providers: [OrganisationContext],
    });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    page.backend.match('/api/v1/organisations/org-1').forEach((request) => request.flush({ id: 'org-1' }));
    flushAround(page, [flagged]);
    await page.settle();
    return page;
  }

  /** Answers the queue, the suspensions and the log, as the page reads them after each decision. */
  function flushAround(page: ReturnType<typeof render>, items: ModerationQueueItem[]) {
    const queue = page.backend.expectOne((request) => request.url === queueUrl);
    queue.flush(items);
    page.backend.expectOne('/api/v1/organisations/org-1/suspensions').flush([suspension]);
    page.backend.expectOne((request) => request.url === '/api/v1/organisations/org-1/moderation/log').flush(log);
    return queue.request;
  }

  async function dialogClosed(page: ReturnType<typeof render>) {
    for (let waited = 0; waited < 2000 && document.querySelector('mat-dialog-container'); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.settle();
  }

  it('shows the open flags with the flagged text, the reasons and a link to the idea; the suspensions and the log, ideas linked', async () => {
    const page = await open();

    const item = page.byTestId('queue-item');
    expect(page.byTestId('queue-item-excerpt')?.textContent).toBe('Call me on 06-12345678 for cheap watches');
    expect(page.byTestId('queue-item-count')?.textContent?.trim()).toBe('Flags: 2');
    expect(
      Array.from(item?.querySelectorAll('[data-testid="queue-item-reasons"] li') ?? []).map((li) =>
        li.textContent?.trim(),
      ),
    ).toEqual(['Spam or advertising', 'Shares personal information: a phone number']);
    expect(page.byTestId('queue-item-idea')?.getAttribute('href')).toBe('/ideas/idea-1');
    expect(page.byTestId('suspension')?.textContent).toContain('Rex Rude');
    expect(
      page.allByTestId('log-entry').map((entry) => entry.querySelector('.item-name')?.textContent?.trim()),
    ).toEqual(['Comment hidden', 'Another moderation action']);
    expect(page.allByTestId('log-entry-idea').map((link) => link.getAttribute('href'))).toEqual(['/ideas/idea-0']);
  });

  it('asks the API for open flags first and for what the filters say', async () => {
    const page = render(ModerationTab, { providers: [OrganisationContext] });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    const first = flushAround(page, [flagged]);
    expect(first.params.get('state')).toBe('open');
    expect(first.params.has('kind')).toBe(false);
    await page.settle();

    page.byTestId('queue-kind')?.click();
    await page.settle();
    const comments = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (option) => option.textContent?.trim() === 'Comment',
    );
    comments?.click();
    await page.settle();
    const filtered = page.backend.expectOne((request) => request.url === queueUrl);
    expect(filtered.request.params.get('kind')).toBe('comment');
    expect(filtered.request.params.get('state')).toBe('open');
  });

  it('hides a comment with a reason, then reads the queue, suspensions and log again', async () => {
    const page = await open();
    page.byTestId('moderation-visibility')?.click();
    await page.settle();
    expect(document.querySelector('.cdk-overlay-container h2')?.textContent).toContain(
      'Hide this comment on “Seaweed tea bags”?',
    );
    const reason = inOverlay<HTMLTextAreaElement>('reason-input');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Advertising and a phone number';
    reason.dispatchEvent(new Event('input'));
    inOverlay('reason-submit')?.click();
    await page.settle();

    const hide = page.backend.expectOne({ method: 'POST', url: '/api/v1/comments/c-1/moderation' });
    expect(hide.request.body).toEqual({ action: 'hide', reason: 'Advertising and a phone number' });
    hide.flush(null);
    await dialogClosed(page);
    expect(page.toast.success).toHaveBeenCalledWith('moderation.decide.hide.done');
    flushAround(page, [{ ...flagged, hidden: true, state: 'resolved' }]);
    await page.settle();
    expect(page.byTestId('queue-item-hidden')?.textContent?.trim()).toBe('Hidden');
  });

  it('dismisses the flags after confirming, and locks the comments on the idea', async () => {
    const page = await open();
    jest.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => of(true) } as never);
    page.byTestId('queue-item-dismiss')?.click();
    await page.settle();
    const dismiss = page.backend.expectOne({ method: 'POST', url: '/api/v1/comments/c-1/moderation' });
    expect(dismiss.request.body).toEqual({ action: 'dismiss' });
    dismiss.flush(null);
    await page.settle();
    flushAround(page, [flagged]);
    await page.settle();

    page.byTestId('moderation-comments')?.click();
    const lock = page.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/moderation' });
    expect(lock.request.body).toEqual({ action: 'lock_comments' });
  });

  it('suspends the author for some days with a reason', async () => {
    const page = await open();
    page.byTestId('queue-item-suspend')?.click();
    await page.settle();
    const days = inOverlay<HTMLInputElement>('reason-days');
    const reason = inOverlay<HTMLTextAreaElement>('reason-input');
    if (!days || !reason) throw new Error('no suspension fields');
    expect(days.value).toBe('7');
    days.value = '3';
    days.dispatchEvent(new Event('input'));
    reason.value = 'Spam, again';
    reason.dispatchEvent(new Event('input'));
    inOverlay('reason-submit')?.click();
    await page.settle();

    const suspend = page.backend.expectOne({ method: 'POST', url: '/api/v1/organisations/org-1/suspensions' });
    expect(suspend.request.body).toEqual({ userId: 'u-7', days: 3, reason: 'Spam, again' });
  });

  it('says so when nothing matches', async () => {
    const page = render(ModerationTab, { providers: [OrganisationContext] });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    flushAround(page, []);
    await page.settle();
    expect(page.byTestId('queue-empty')?.textContent).toContain('Nothing to look at');
  });
});
