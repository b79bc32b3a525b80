import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { TranslocoPipe } from '@jsverse/transloco';
import { VotesApi } from '../data/votes.api';
import { IdeaTallyBadge } from '../shared/idea-tally';

/** How long the top is that the board names. */
export const RANKING_TOP = 10;

/**
 * The top of the ranking as the votes can tell it: each idea with the ranks its uncertainty allows
 * ("2–5") and whether it is in the top 10 for certain or possibly, instead of a false exact order.
 */
@Component({
  selector: 'cf-ranking-panel',
  imports: [IdeaTallyBadge, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="ranking-title" data-testid="ranking-panel">
      <h3 id="ranking-title">{{ 'ideas.ranking.title' | transloco: { k: top } }}</h3>
      @if (ranking.hasValue()) {
        @if (leaders().length === 0) {
          <p class="lead">{{ 'ideas.ranking.none' | transloco }}</p>
        } @else {
          <p class="lead">{{ 'ideas.ranking.lead' | transloco }}</p>
          <ol>
            @for (item of leaders(); track item.idea.id) {
              <li [attr.data-top]="item.topK" data-testid="ranked-idea">
                <span class="ranks" data-testid="ranked-ranks">
                  {{ item.bestRank === item.worstRank ? item.bestRank : item.bestRank + '–' + item.worstRank }}
                </span>
                <a [routerLink]="['/ideas', item.idea.id]">{{ item.idea.title }}</a>
                @if (item.idea.tally; as tally) {
                  <cf-idea-tally [tally]="tally" />
                }
                <span class="certainty">· {{ 'ideas.ranking.' + item.topK | transloco: { k: top } }}</span>
              </li>
            }
          </ol>
        }
      } @else if (ranking.error()) {
        <p class="error" role="alert">{{ errorText(ranking.error()) }}</p>
      }
    </section>
  `,
  styles: `
    h3 {
      margin: 0 0 var(--cf-space-1);
      font: var(--mat-sys-title-medium);
    }
    .lead {
      margin: 0 0 var(--cf-space-2);
      color: var(--mat-sys-on-surface-variant);
    }
    ol {
      display: grid;
      gap: var(--cf-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
    }
    .ranks {
      min-inline-size: 4ch;
      font: var(--mat-sys-label-large);
    }
    .certainty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RankingPanel {
  private readonly api = inject(VotesApi);
  protected readonly errorText = injectErrorText();
  protected readonly top = RANKING_TOP;

  readonly challengeId = input.required<string>();
  readonly challengeKey = input<string | null>(null);

  protected readonly ranking = rxResource({
    params: () => ({ id: this.challengeId(), key: this.challengeKey() }),
    stream: ({ params }) => this.api.ranking(params.id, RANKING_TOP, params.key),
  });
  /** The ideas that are or may be in the top. */
  protected readonly leaders = computed(() =>
    this.ranking.hasValue() ? this.ranking.value().items.filter((item) => item.topK !== 'out') : [],
  );
}
