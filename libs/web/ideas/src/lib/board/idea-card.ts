import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { IdeaSummary } from '@crowdforge/contracts';
import { LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaStatusChip } from '../shared/status-chip';
import { IdeaTallyBadge } from '../shared/idea-tally';
import { IdeaAuthors } from './idea-authors';
import type { BoardQuery } from './board-query';

/**
 * An idea on the board: status, its votes (where the viewer sees them), title linking to it, pitch,
 * tags and authors (each narrows the board to its kind), how much it is discussed and when it came in.
 */
@Component({
  selector: 'cf-idea-card',
  imports: [IdeaAuthors, IdeaStatusChip, IdeaTallyBadge, LocalDatePipe, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-card', 'data-testid': 'idea-card' },
  template: `
    @let item = idea();
    <div class="top">
      <cf-idea-status-chip [status]="item.status" />
      @if (item.tally; as tally) {
        <cf-idea-tally class="tally" [tally]="tally" />
      }
      <span
        class="comments"
        role="img"
        [attr.aria-label]="'ideas.board.commentCount' | transloco: { count: item.commentCount }"
        data-testid="idea-card-comments"
      >
        <mat-icon svgIcon="chat_bubble" aria-hidden="true" />{{ item.commentCount }}
      </span>
    </div>
    <p class="title" role="heading" aria-level="3">
      <a [routerLink]="['/ideas', item.id]" data-testid="idea-card-link">{{ item.title }}</a>
    </p>
    @if (item.pitch) {
      <p class="pitch">{{ item.pitch }}</p>
    }
    @if (item.tags.length > 0) {
      <ul class="tags" [attr.aria-label]="'ideas.board.tags' | transloco">
        @for (tag of item.tags; track tag) {
          <li>
            <button
              type="button"
              class="cf-link-button tag"
              (click)="filter.emit({ tag })"
              [attr.aria-label]="'ideas.board.byTag' | transloco: { tag }"
            >
              #{{ tag }}
            </button>
          </li>
        }
      </ul>
    }
    <p class="byline">
      <cf-idea-authors [authors]="item.authors" (filter)="filter.emit({ authorId: $event })" />
      @if (item.submittedAt ?? item.createdAt; as date) {
        <span class="date">· {{ date | cfDate }}</span>
      }
      @if (item.edited) {
        <span class="date">· {{ 'ideas.page.edited' | transloco }}</span>
      }
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-2);
      min-inline-size: 0;
    }
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--cf-space-2);
    }
    .tally {
      margin-inline-start: auto;
    }
    .comments {
      display: inline-flex;
      align-items: center;
      gap: var(--cf-space-1);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .comments mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .pitch {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tag {
      font: var(--mat-sys-label-large);
    }
    .byline {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1);
      margin: auto 0 0;
      font: var(--mat-sys-body-small);
    }
    .date {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class IdeaCard {
  readonly idea = input.required<IdeaSummary>();
  /** Narrow the board to this tag or author. */
  readonly filter = output<Partial<BoardQuery>>();
}
