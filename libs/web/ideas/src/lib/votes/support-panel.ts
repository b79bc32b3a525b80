import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { IdeaDetail } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { VotesApi } from '../data/votes.api';
import { PANEL_STYLES } from '../shared/panel-styles';

/** Supporting the idea while voting is open: one vote, taken back as long as voting lasts. */
@Component({
  selector: 'cf-support-panel',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="support-title" data-testid="support-panel">
      <h2 id="support-title">{{ 'ideas.votes.title' | transloco }}</h2>
      @if (votes(); as mine) {
        <p class="lead" aria-live="polite" data-testid="support-state">
          {{ stateKey() | transloco }}
          @if (mine.votesLeft !== null) {
            {{ 'ideas.votes.left' | transloco: { count: mine.votesLeft, limit: mine.voteLimit } }}
          }
        </p>
        @if (supported()) {
          <button
            mat-stroked-button
            type="button"
            aria-pressed="true"
            [disabled]="submission.busy()"
            (click)="toggle()"
            data-testid="support-button"
          >
            <mat-icon svgIcon="thumb_up" aria-hidden="true" />
            {{ 'ideas.votes.withdraw' | transloco }}
          </button>
        } @else if (mine.authorsMayVote || !idea().viewer.isAuthor) {
          <button
            mat-flat-button
            type="button"
            aria-pressed="false"
            [disabled]="submission.busy() || mine.votesLeft === 0"
            (click)="toggle()"
            data-testid="support-button"
          >
            <mat-icon svgIcon="thumb_up" aria-hidden="true" />
            {{ 'ideas.votes.support' | transloco }}
          </button>
        }
      } @else if (loaded.error()) {
        <p class="error" role="alert">{{ errorText(loaded.error()) }}</p>
      }
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </section>
  `,
  styles: PANEL_STYLES,
})
export class SupportPanel {
  private readonly api = inject(VotesApi);
  protected readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);

  readonly idea = input.required<IdeaDetail>();

  protected readonly loaded = rxResource({
    params: () => this.idea().challengeId,
    stream: ({ params }) => this.api.mine(params),
  });
  protected readonly votes = linkedSignal(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly supported = computed(() => !!this.votes()?.ideaIds.includes(this.idea().id));
  protected readonly stateKey = computed(() => {
    if (this.supported()) return 'ideas.votes.supported';
    return this.idea().viewer.isAuthor && !this.votes()?.authorsMayVote ? 'ideas.votes.ownIdea' : 'ideas.votes.lead';
  });

  protected async toggle(): Promise<void> {
    const support = !this.supported();
    await this.submission.send(
      this.api.support(this.idea().id, support),
      support ? 'ideas.votes.voted' : 'ideas.votes.withdrawn',
      (votes) => this.votes.set(votes),
    );
  }
}
