import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { NotificationPage, NotificationView } from '@crowdforge/contracts';
import { UnreadNotifications } from '@crowdforge/web-identity-data';
import { render } from '../../testing/render';
import { InboxPage } from './inbox-page';

const unreadItem: NotificationView = {
  id: 'n-1',
  type: 'comment',
  title: 'Grace commented on your idea',
  body: 'Have you tried cold brew?',
  link: '/organisations/org-1',
  createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  readAt: null,
};
const readItem: NotificationView = {
  id: 'n-2',
  type: 'membership',
  title: 'You joined Leafy Tea',
  body: '',
  link: null,
  createdAt: '2026-01-01T00:00:00Z',
  readAt: '2026-01-02T00:00:00Z',
};
const page = (items: NotificationView[], unread: number, total = items.length): NotificationPage => ({
  items,
  total,
  unread,
  limit: 20,
  offset: 0,
});
const isList =
  (unread: boolean, offset = 0) =>
  (request: { url: string; params: { get(name: string): string | null } }) =>
    request.url === '/api/v1/me/notifications' &&
    request.params.get('limit') === '20' &&
    request.params.get('offset') === String(offset) &&
    (request.params.get('unread') === 'true') === unread;

describe('InboxPage', () => {
  async function open() {
    const view = render(InboxPage);
    await view.settle();
    return view;
  }

  it('lists notifications, newest first, marking the unread ones, and updates the bell', async () => {
    const view = await open();
    view.backend.expectOne(isList(false)).flush(page([unreadItem, readItem], 1));
    await view.settle();

    const items = view.allByTestId('notification');
    expect(items.map((item) => item.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Unread: Grace commented on your idea',
      'You joined Leafy Tea',
    ]);
    expect(items[0].classList).toContain('unread');
    expect(items[0].textContent).toContain('3 hours ago');
    expect(TestBed.inject(UnreadNotifications).unread()).toBe(1);
  });

  it('marks one as read, and following a notification marks it too', async () => {
    const view = await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    view.backend.expectOne(isList(false)).flush(page([unreadItem, readItem], 1));
    await view.settle();

    view.byTestId('notification-link')?.click();
    view.backend
      .expectOne({ method: 'POST', url: '/api/v1/me/notifications/n-1/read' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await view.settle();

    expect(navigate).toHaveBeenCalledWith('/organisations/org-1');
    expect(view.allByTestId('notification')[0].classList).not.toContain('unread');
    expect(view.byTestId('notification-read')).toBeNull();
    expect(TestBed.inject(UnreadNotifications).unread()).toBe(0);
  });

  it('marks all as read and asks again', async () => {
    const view = await open();
    view.backend.expectOne(isList(false)).flush(page([unreadItem, readItem], 1));
    await view.settle();

    view.byTestId('inbox-read-all')?.click();
    view.backend
      .expectOne({ method: 'POST', url: '/api/v1/me/notifications/read-all' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await view.settle();
    view.backend.expectOne(isList(false)).flush(page([{ ...unreadItem, readAt: '2026-03-01T00:00:00Z' }, readItem], 0));
    await view.settle();

    expect(view.byTestId<HTMLButtonElement>('inbox-read-all')?.disabled).toBe(true);
  });

  it('filters to unread ones and shows more on request', async () => {
    const view = await open();
    view.backend.expectOne(isList(false)).flush(page([unreadItem], 1, 2));
    await view.settle();

    view.byTestId('inbox-more')?.click();
    view.backend.expectOne(isList(false, 1)).flush(page([readItem], 1, 2));
    await view.settle();
    expect(view.allByTestId('notification')).toHaveLength(2);
    expect(view.byTestId('inbox-more')).toBeNull();

    view.byTestId('inbox-filter-unread')?.querySelector('button')?.click();
    await view.settle();
    view.backend.expectOne(isList(true)).flush(page([], 0));
    await view.settle();

    expect(view.element.textContent).toContain('You have read everything');
  });
});
