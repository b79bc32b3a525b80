import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ErrorState, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChallengesApi } from '../data/challenges.api';
import { CONVERSATION_STYLES } from './conversation-styles';
import { RevisionChanges } from './revision-changes';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** The change log of the brief: every revision with its summary; open one to read what changed. */
@Component({
  selector: 'cf-revisions-section',
  imports: [ErrorState, LoadingState, LocalDatePipe, RevisionChanges, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="revisions">{{ 'challenges.conversation.revisions.title' | transloco }}</h2>
    @if (revisions.error()) {
      <cf-error-state [message]="errorText(revisions.error())" (retry)="revisions.reload()" />
    } @else if (revisions.hasValue()) {
      <ul class="items" data-testid="revisions">
        @for (revision of revisions.value(); track revision.number) {
          <li class="item" data-testid="revision">
            <details (toggle)="toggle(revision.number, $event)">
              <summary>
                {{ 'challenges.conversation.revisions.number' | transloco: { number: revision.number } }} —
                {{ revision.summary }}
              </summary>
              @if (opened().has(revision.number)) {
                <cf-revision-changes [challengeId]="challenge().id" [number]="revision.number" />
              }
            </details>
            <p class="meta">{{ revision.author }} · {{ revision.createdAt | cfDate: 'dateTime' }}</p>
          </li>
        }
      </ul>
    } @else {
      <cf-loading-state [diameter]="24" />
    }
  `,
  styles: [
    CONVERSATION_STYLES,
    `
      summary {
        cursor: pointer;
        font: var(--mat-sys-title-small);
      }
    `,
  ],
})
export class RevisionsSection {
  private readonly api = inject(ChallengesApi);
  protected readonly errorText = injectErrorText();

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly revisions = rxResource({
    params: () => ({ id: this.challenge().id, revision: this.challenge().revision }),
    stream: ({ params }) => this.api.revisions(params.id),
  });
  /** Revisions whose changes are loaded: only those someone opened. */
  protected readonly opened = signal(new Set<number>());

  protected toggle(number: number, event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.opened.update((set) => new Set(set).add(number));
  }
}
