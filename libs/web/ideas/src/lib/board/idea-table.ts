import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { IdeaSummary } from '@crowdforge/contracts';
import { LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaStatusChip } from '../shared/status-chip';
import { IdeaTallyBadge } from '../shared/idea-tally';
import { IdeaAuthors } from './idea-authors';
import type { BoardQuery } from './board-query';

/** The board as a compact table: many ideas at a glance. */
@Component({
  selector: 'cf-idea-table',
  imports: [IdeaAuthors, IdeaStatusChip, IdeaTallyBadge, LocalDatePipe, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table data-testid="idea-table">
      <caption class="cf-visually-hidden">
        {{
          'ideas.board.title' | transloco
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'ideas.board.column.idea' | transloco }}</th>
          <th scope="col">{{ 'ideas.board.column.status' | transloco }}</th>
          <th scope="col">{{ 'ideas.board.column.authors' | transloco }}</th>
          <th scope="col">{{ 'ideas.board.column.votes' | transloco }}</th>
          <th scope="col" class="number">{{ 'ideas.board.column.comments' | transloco }}</th>
          <th scope="col">{{ 'ideas.board.column.date' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (item of ideas(); track item.id) {
          <tr data-testid="idea-row">
            <th scope="row">
              <a [routerLink]="['/ideas', item.id]" data-testid="idea-card-link">{{ item.title }}</a>
            </th>
            <td><cf-idea-status-chip [status]="item.status" /></td>
            <td><cf-idea-authors [authors]="item.authors" (filter)="filter.emit({ authorId: $event })" /></td>
            <td>
              @if (item.tally; as tally) {
                <cf-idea-tally [tally]="tally" />
              }
            </td>
            <td class="number">{{ item.commentCount }}</td>
            <td class="date">{{ item.submittedAt ?? item.createdAt | cfDate }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: var(--cf-space-2) var(--cf-space-3);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    tbody tr {
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    tbody th {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
      min-inline-size: 14rem;
    }
    .number {
      text-align: end;
    }
    .date {
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class IdeaTable {
  readonly ideas = input.required<IdeaSummary[]>();
  readonly filter = output<Partial<BoardQuery>>();
}
