import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { IdeaStatusChangeView } from '@crowdforge/contracts';
import { LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaStatusChip } from '../shared/status-chip';

/** Every move of the idea, oldest first, with the message its authors were given. */
@Component({
  selector: 'cf-status-history',
  imports: [IdeaStatusChip, LocalDatePipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="history-title">
      <h2 id="history-title">{{ 'ideas.history.title' | transloco }}</h2>
      <ol class="changes" data-testid="status-history">
        @for (change of history(); track $index) {
          <li data-testid="status-change">
            <p class="move">
              <cf-idea-status-chip [status]="change.to" />
              <span class="cf-muted">{{
                'ideas.history.from' | transloco: { status: ('ideas.status.' + change.from | transloco) }
              }}</span>
            </p>
            @if (change.message) {
              <p class="message" data-testid="status-message">{{ change.message }}</p>
            }
            <p class="meta">{{ change.by }} · {{ change.at | cfDate: 'dateTime' }}</p>
          </li>
        } @empty {
          <li class="cf-muted">{{ 'ideas.history.empty' | transloco }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 var(--cf-space-3);
      font: var(--mat-sys-title-large);
    }
    .changes {
      display: grid;
      gap: var(--cf-space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding-inline-start: var(--cf-space-3);
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
    }
    .move {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
      margin: 0;
    }
    .message {
      margin: var(--cf-space-2) 0 0;
      white-space: pre-line;
    }
    .meta {
      margin: var(--cf-space-1) 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusHistory {
  readonly history = input.required<IdeaStatusChangeView[]>();
}
