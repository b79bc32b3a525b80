import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import type { NotificationView } from '@crowdforge/contracts';
import { NotificationsApi, UnreadNotifications } from '@crowdforge/web-identity-data';
import { describeError } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadingState, LocalDatePipe, PageHeader } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { iconOf } from './notification-icons';

export const PAGE_SIZE = 20;

type Filter = 'all' | 'unread';

/** My notifications, newest first: read them, follow their link, mark them (all) as read. */
@Component({
  selector: 'cf-inbox-page',
  imports: [
    EmptyState,
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatIcon,
    MatIconButton,
    PageHeader,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.scss',
})
export class InboxPage {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadNotifications);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly filter = signal<Filter>('all');
  /** The first page; "Show more" appends the next ones (the API gives at most 100 a page). */
  protected readonly page = rxResource({
    params: () => ({ unread: this.filter() === 'unread' }),
    stream: ({ params }) => this.api.list({ limit: PAGE_SIZE, offset: 0, unread: params.unread }),
  });
  private readonly more = signal<readonly NotificationView[]>([]);
  /** Totals from the newest answer. */
  private readonly counts = signal<{ total: number; unread: number } | null>(null);
  protected readonly loadingMore = signal(false);
  /** Read marks made here, before the list is fetched again. */
  private readonly readHere = signal<ReadonlySet<string>>(new Set());

  private readonly loaded = computed<readonly NotificationView[]>(() => [
    ...(this.page.hasValue() ? (this.page.value()?.items ?? []) : []),
    ...this.more(),
  ]);
  protected readonly items = computed(() => {
    const read = this.readHere();
    return this.loaded().map((item) => (read.has(item.id) && !item.readAt ? { ...item, readAt: 'now' } : item));
  });
  protected readonly unreadCount = computed(() => {
    const counts = this.counts();
    if (!counts) {
      return 0;
    }
    const readHere = this.loaded().filter((item) => !item.readAt && this.readHere().has(item.id)).length;
    return Math.max(0, counts.unread - readHere);
  });
  protected readonly hasMore = computed(() => this.loaded().length < (this.counts()?.total ?? 0));
  protected readonly busy = signal(false);
  protected readonly iconOf = iconOf;

  constructor() {
    // A new first page starts the list (and its counts) afresh.
    effect(() => {
      const first = this.page.hasValue() ? this.page.value() : undefined;
      if (first) {
        untracked(() => {
          this.more.set([]);
          this.readHere.set(new Set());
          this.counts.set({ total: first.total, unread: first.unread });
        });
      }
    });
    // The bell in the header follows what this page knows.
    effect(() => {
      if (this.counts()) {
        this.unread.set(this.unreadCount());
      }
    });
  }

  protected setFilter(filter: Filter): void {
    this.filter.set(filter);
  }

  protected async showMore(): Promise<void> {
    this.loadingMore.set(true);
    try {
      const next = await firstValueFrom(
        this.api.list({ limit: PAGE_SIZE, offset: this.loaded().length, unread: this.filter() === 'unread' }),
      );
      this.more.update((items) => [...items, ...next.items]);
      this.counts.set({ total: next.total, unread: next.unread });
    } catch {
      // The list stays as it is; "Show more" can be pressed again.
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected errorText(): string {
    const described = describeError(this.page.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected isInternal(link: string): boolean {
    return link.startsWith('/') && !link.startsWith('//');
  }

  protected async markRead(item: NotificationView): Promise<void> {
    if (item.readAt) {
      return;
    }
    this.readHere.update((read) => new Set(read).add(item.id));
    try {
      await firstValueFrom(this.api.markRead(item.id));
    } catch {
      this.readHere.update((read) => {
        const next = new Set(read);
        next.delete(item.id);
        return next;
      });
    }
  }

  /** Following a notification marks it as read. */
  protected open(item: NotificationView, event: Event): void {
    void this.markRead(item);
    if (item.link && this.isInternal(item.link)) {
      event.preventDefault();
      void this.router.navigateByUrl(item.link);
    }
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.markAllRead());
      this.page.reload();
    } catch {
      // The API interceptor showed what went wrong.
    } finally {
      this.busy.set(false);
    }
  }
}
