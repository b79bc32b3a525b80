import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ModerationLogEntry, ModerationLogPage } from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { ErrorState, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';

const LOG_PAGE_SIZE = 20;
const LOGGED_ACTIONS = [
  'flagged',
  'idea_hidden',
  'idea_unhidden',
  'comment_hidden',
  'comment_unhidden',
  'flags_dismissed',
  'comments_locked',
  'comments_unlocked',
  'suspended',
  'suspension_lifted',
  'guidelines_changed',
] as const;

/** Every moderation action in the organisation, newest first, page by page: moderators see each other's decisions. */
@Component({
  selector: 'cf-moderation-log-section',
  imports: [ErrorState, LoadingState, LocalDatePipe, MatButton, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="log-heading" data-testid="moderation-log">
      <h2 id="log-heading">{{ 'moderation.log.title' | transloco }}</h2>
      @if (page.error()) {
        <cf-error-state [message]="errorText(page.error())" (retry)="page.reload()" />
      } @else {
        @if (entries().length) {
          <ul class="list">
            @for (entry of entries(); track entry.id) {
              <li class="item" data-testid="log-entry">
                <div class="item-text">
                  <p class="item-name">
                    @if (entry.objectType === 'idea') {
                      <a [routerLink]="['/ideas', entry.objectId]" data-testid="log-entry-idea">{{
                        actionLabel(entry) | transloco
                      }}</a>
                    } @else {
                      {{ actionLabel(entry) | transloco }}
                    }
                  </p>
                  @if (entry.reason) {
                    <p class="item-meta">{{ entry.reason }}</p>
                  }
                  <p class="item-meta">
                    {{ entry.actorName ?? ('moderation.log.someone' | transloco) }} ·
                    <time [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | cfDate: 'dateTime' }}</time>
                  </p>
                </div>
              </li>
            }
          </ul>
        } @else if (page.hasValue()) {
          <p class="cf-muted" data-testid="log-empty">{{ 'moderation.log.empty' | transloco }}</p>
        }
        @if (page.isLoading()) {
          <cf-loading-state [diameter]="24" />
        } @else if (hasMore()) {
          <button mat-stroked-button type="button" (click)="offset.set(entries().length)" data-testid="log-more">
            {{ 'ui.loadMore' | transloco }}
          </button>
        }
      }
    </section>
  `,
  styleUrl: '../shared/list.scss',
})
export class ModerationLogSection {
  private readonly api = inject(ModerationApi);
  protected readonly errorText = injectErrorText();

  readonly organisationId = input.required<string>();
  /** Changes when a moderator acted on the page: the log starts again from the newest. */
  readonly version = input(0);

  protected readonly offset = linkedSignal({ source: this.version, computation: () => 0 });
  protected readonly page = rxResource({
    params: () => ({ organisationId: this.organisationId(), offset: this.offset(), version: this.version() }),
    stream: ({ params }) => this.api.log(params.organisationId, params.offset, LOG_PAGE_SIZE),
  });
  /** The pages read so far, one after the other. */
  protected readonly entries = linkedSignal<ModerationLogPage | undefined, ModerationLogEntry[]>({
    source: () => (this.page.hasValue() ? this.page.value() : undefined),
    computation: (page, previous) => {
      if (!page) return previous?.value ?? [];
      return page.offset === 0 ? page.items : [...(previous?.value ?? []), ...page.items];
    },
  });
  protected readonly hasMore = computed(() => this.page.hasValue() && this.entries().length < this.page.value().total);

  /** `moderation.idea_hidden` → its words; an action this page does not know yet is "another action". */
  protected actionLabel(entry: ModerationLogEntry): string {
    const name = entry.action.replace(/^moderation\./, '');
    return `moderation.log.actions.${(LOGGED_ACTIONS as readonly string[]).includes(name) ? name : 'other'}`;
  }
}
