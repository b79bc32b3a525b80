import { ChangeDetectionStrategy, Component, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ComparisonChoice, PairPrompt } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadingState, PageHeader, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { VotesApi } from '../data/votes.api';

/** The keys that answer a pair: ← the left idea, → the right one, ↓ "I can't decide". */
const KEY_CHOICES: Record<string, ComparisonChoice> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowDown: 'cant_decide',
};

/**
 * Pairwise voting at `/challenges/:challengeId/compare`: two ideas side by side, "this one" for
 * either or "I can't decide", by button or arrow key; the next pair loads after each answer, until
 * the voter has compared every pair they may.
 */
@Component({
  selector: 'cf-compare-page',
  imports: [EmptyState, ErrorState, LoadingState, MatAnchor, MatButton, MatIcon, PageHeader, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKey($event)' },
  template: `
    <div class="cf-container cf-page">
      <cf-page-header [title]="'ideas.compare.title' | transloco" [lead]="'ideas.compare.lead' | transloco" />
      @if (compared() !== null) {
        <p class="progress" aria-live="polite" data-testid="compare-count">
          {{ 'ideas.compare.compared' | transloco: { count: compared() } }}
        </p>
      }
      @if (next.error()) {
        <cf-error-state [message]="errorText(next.error())" (retry)="next.reload()" />
      } @else if (next.isLoading() && !prompt()) {
        <cf-loading-state />
      } @else if (prompt(); as pair) {
        <div
          class="pair"
          role="group"
          [attr.aria-label]="'ideas.compare.question' | transloco"
          data-testid="compare-pair"
        >
          @for (side of sides; track side) {
            @let idea = side === 'left' ? pair.left : pair.right;
            <article
              class="cf-card idea"
              [attr.data-testid]="'compare-' + side"
              [attr.aria-labelledby]="'idea-' + side"
            >
              <h2 [id]="'idea-' + side">{{ idea.title }}</h2>
              <p class="pitch">{{ idea.pitch }}</p>
              <div class="actions">
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="submission.busy() || next.isLoading()"
                  (click)="choose(side)"
                  [attr.aria-label]="'ideas.compare.thisOneLabel' | transloco: { title: idea.title }"
                  [attr.data-testid]="'compare-choose-' + side"
                >
                  {{ 'ideas.compare.thisOne' | transloco }}
                </button>
                <a mat-button [routerLink]="['/ideas', idea.id]" target="_blank" data-testid="compare-read">
                  {{ 'ideas.compare.read' | transloco }}
                </a>
              </div>
            </article>
          }
        </div>
        <div class="undecided">
          <button
            mat-stroked-button
            type="button"
            [disabled]="submission.busy() || next.isLoading()"
            (click)="choose('cant_decide')"
            data-testid="compare-cant-decide"
          >
            {{ 'ideas.compare.cantDecide' | transloco }}
          </button>
          <p class="keys">{{ 'ideas.compare.keys' | transloco }}</p>
        </div>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
      } @else {
        <cf-empty-state
          icon="task_alt"
          [headingLevel]="2"
          [title]="'ideas.compare.doneTitle' | transloco"
          [message]="'ideas.compare.doneMessage' | transloco"
          data-testid="compare-done"
        />
      }
      <a mat-button [routerLink]="['/challenges', challengeId()]" data-testid="compare-back">
        <mat-icon svgIcon="arrow_back" aria-hidden="true" />
        {{ 'ideas.compare.back' | transloco }}
      </a>
    </div>
  `,
  styles: `
    .progress {
      color: var(--mat-sys-on-surface-variant);
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--cf-space-4);
    }
    .idea {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-2);
    }
    .idea h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .pitch {
      flex: 1;
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-2);
    }
    .undecided {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--cf-space-1);
      margin-block: var(--cf-space-4);
    }
    .keys {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ComparePage {
  private readonly api = inject(VotesApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);
  protected readonly sides = ['left', 'right'] as const;

  protected readonly challengeId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('challengeId') ?? '')),
    { requireSync: true },
  );
  private readonly asked = signal(0);
  protected readonly next = rxResource({
    params: () => ({ challengeId: this.challengeId(), asked: this.asked() }),
    stream: ({ params }) => this.api.nextPair(params.challengeId),
  });
  /** The pair on screen: kept while the next one loads, so the page does not jump. */
  protected readonly prompt = linkedSignal<PairPrompt | null | undefined, PairPrompt | null>({
    source: () => (this.next.hasValue() ? this.next.value() : undefined),
    computation: (loaded, previous) => (loaded === undefined ? (previous?.value ?? null) : loaded),
  });
  /** Pairs answered: the server's count with each pair, and with each answer. */
  protected readonly compared = linkedSignal<PairPrompt | null, number | null>({
    source: this.prompt,
    computation: (prompt, previous) => prompt?.compared ?? previous?.value ?? null,
  });

  protected async choose(choice: ComparisonChoice): Promise<void> {
    const prompt = this.prompt();
    if (!prompt || this.submission.busy() || this.next.isLoading()) return;
    await this.submission.send(
      this.api.compare(prompt.challengeId, { promptId: prompt.promptId, choice }),
      'ideas.compare.recorded',
      (recorded) => {
        this.compared.set(recorded.compared);
        this.asked.update((asked) => asked + 1);
      },
    );
  }

  protected onKey(event: KeyboardEvent): void {
    const choice = KEY_CHOICES[event.key];
    if (!choice || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    void this.choose(choice);
  }
}
