import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { MAX_STARS, type IdeaDetail, type MyVotes } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { VotesApi } from '../data/votes.api';
import { PANEL_STYLES } from '../shared/panel-styles';

const STARS = Array.from({ length: MAX_STARS }, (_, index) => index + 1);

/**
 * Voting on the idea while voting is open, in the challenge's mode: support it, be for or
 * against it, rate it with stars, or put tokens on it; changed or taken back as long as voting lasts.
 * In pairwise voting ideas are compared two at a time: the panel leads to the comparison page.
 */
@Component({
  selector: 'cf-vote-panel',
  imports: [MatAnchor, MatButton, MatIcon, MatIconButton, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="vote-title" data-testid="vote-panel" [attr.data-mode]="votes()?.mode">
      @if (votes(); as mine) {
        <h2 id="vote-title">{{ 'ideas.votes.title.' + mine.mode | transloco }}</h2>
        <p class="lead" aria-live="polite" data-testid="vote-state">
          {{ state().key | transloco: { value: state().value } }}
          @if (mine.tokensLeft !== null) {
            {{ 'ideas.votes.tokensLeft' | transloco: { count: mine.tokensLeft, budget: mine.tokenBudget } }}
          } @else if (mine.votesLeft !== null) {
            {{ 'ideas.votes.left' | transloco: { count: mine.votesLeft, limit: mine.voteLimit } }}
          }
        </p>
        @if (mine.mode === 'pairwise') {
          <a mat-flat-button [routerLink]="['/challenges', idea().challengeId, 'compare']" data-testid="vote-compare">
            <mat-icon svgIcon="compare_arrows" aria-hidden="true" />
            {{ 'ideas.votes.compare' | transloco }}
          </a>
        } @else if (mine.authorsMayVote || !idea().viewer.isAuthor) {
          @let busy = submission.busy();
          @let value = myValue();
          @let outOfVotes = value === null && mine.votesLeft === 0;
          @switch (mine.mode) {
            @case ('support') {
              @if (value === null) {
                <button
                  mat-flat-button
                  type="button"
                  aria-pressed="false"
                  [disabled]="busy || outOfVotes"
                  (click)="cast(1)"
                  data-testid="support-button"
                >
                  <mat-icon svgIcon="thumb_up" aria-hidden="true" />
                  {{ 'ideas.votes.support' | transloco }}
                </button>
              } @else {
                <button
                  mat-stroked-button
                  type="button"
                  aria-pressed="true"
                  [disabled]="busy"
                  (click)="cast(null)"
                  data-testid="support-button"
                >
                  <mat-icon svgIcon="thumb_up" aria-hidden="true" />
                  {{ 'ideas.votes.withdraw' | transloco }}
                </button>
              }
            }
            @case ('up_down') {
              <div class="buttons" role="group" [attr.aria-label]="'ideas.votes.title.up_down' | transloco">
                @for (choice of [1, -1]; track choice) {
                  <button
                    mat-stroked-button
                    type="button"
                    [class.chosen]="value === choice"
                    [attr.aria-pressed]="value === choice"
                    [disabled]="busy || outOfVotes"
                    (click)="cast(value === choice ? null : choice)"
                    [attr.data-testid]="choice > 0 ? 'vote-up' : 'vote-down'"
                  >
                    <mat-icon [svgIcon]="choice > 0 ? 'thumb_up' : 'thumb_down'" aria-hidden="true" />
                    {{ (choice > 0 ? 'ideas.votes.for' : 'ideas.votes.against') | transloco }}
                  </button>
                }
              </div>
            }
            @case ('stars') {
              <div class="stars" role="group" [attr.aria-label]="'ideas.votes.title.stars' | transloco">
                @for (star of stars; track star) {
                  <button
                    mat-icon-button
                    type="button"
                    class="star"
                    [class.lit]="value !== null && star <= value"
                    [attr.aria-pressed]="value === star"
                    [attr.aria-label]="'ideas.votes.rate' | transloco: { value: star }"
                    [disabled]="busy || outOfVotes"
                    (click)="cast(star)"
                    [attr.data-testid]="'vote-star-' + star"
                  >
                    <mat-icon [svgIcon]="value !== null && star <= value ? 'star-fill' : 'star'" aria-hidden="true" />
                  </button>
                }
              </div>
              @if (value !== null) {
                <button mat-button type="button" [disabled]="busy" (click)="cast(null)" data-testid="vote-clear">
                  {{ 'ideas.votes.clearRating' | transloco }}
                </button>
              }
            }
            @case ('tokens') {
              <div class="tokens">
                <button
                  mat-icon-button
                  type="button"
                  [attr.aria-label]="'ideas.votes.removeToken' | transloco"
                  [disabled]="busy || value === null"
                  (click)="cast(value !== null && value > 1 ? value - 1 : null)"
                  data-testid="vote-token-remove"
                >
                  <mat-icon svgIcon="remove" aria-hidden="true" />
                </button>
                <output aria-live="polite" data-testid="vote-tokens">
                  <mat-icon svgIcon="toll" aria-hidden="true" />
                  {{ 'ideas.votes.tokensOnIdea' | transloco: { count: value ?? 0, cap: mine.tokensPerIdea } }}
                </output>
                <button
                  mat-icon-button
                  type="button"
                  [attr.aria-label]="'ideas.votes.addToken' | transloco"
                  [disabled]="busy || (value ?? 0) >= (mine.tokensPerIdea ?? 0) || mine.tokensLeft === 0"
                  (click)="cast((value ?? 0) + 1)"
                  data-testid="vote-token-add"
                >
                  <mat-icon svgIcon="add" aria-hidden="true" />
                </button>
              </div>
            }
          }
        }
      } @else if (loaded.error()) {
        <p class="error" role="alert">{{ errorText(loaded.error()) }}</p>
      }
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </section>
  `,
  styles: [
    PANEL_STYLES,
    `
      .chosen {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
      .stars,
      .tokens {
        display: flex;
        align-items: center;
        gap: var(--cf-space-1);
      }
      .star.lit {
        color: var(--cf-star, #b26a00);
      }
      output {
        display: inline-flex;
        align-items: center;
        gap: var(--cf-space-1);
        min-inline-size: 10ch;
        justify-content: center;
      }
    `,
  ],
})
export class VotePanel {
  private readonly api = inject(VotesApi);
  protected readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);
  protected readonly stars = STARS;

  readonly idea = input.required<IdeaDetail>();

  protected readonly loaded = rxResource({
    params: () => this.idea().challengeId,
    stream: ({ params }) => this.api.mine(params),
  });
  protected readonly votes = linkedSignal<MyVotes | null>(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  /** The caller's vote on this idea: 1, ±1, the stars or the tokens; null for none. */
  protected readonly myValue = computed(
    () => this.votes()?.votes.find((vote) => vote.ideaId === this.idea().id)?.value ?? null,
  );
  /** What the panel says about the caller's vote. */
  protected readonly state = computed(() => {
    const mine = this.votes();
    const value = this.myValue();
    if (!mine) return { key: '', value };
    if (mine.mode === 'pairwise') return { key: 'ideas.votes.lead.pairwise', value };
    if (value !== null) {
      const cast = mine.mode === 'up_down' ? (value > 0 ? 'up' : 'down') : mine.mode;
      return { key: `ideas.votes.cast.${cast}`, value };
    }
    if (this.idea().viewer.isAuthor && !mine.authorsMayVote) return { key: 'ideas.votes.ownIdea', value };
    return { key: `ideas.votes.lead.${mine.mode}`, value };
  });

  protected async cast(value: number | null): Promise<void> {
    await this.submission.send(
      this.api.vote(this.idea().id, value),
      value === null ? 'ideas.votes.withdrawn' : 'ideas.votes.voted',
      (votes) => this.votes.set(votes),
    );
  }
}
