import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatChip, MatChipRemove, MatChipSet } from '@angular/material/chips';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MAX_LIVE_IDEAS, VOTE_SORTS, type ChallengeDetail, type IdeaTally } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadMore, LoadingState, keysetPages } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { LiveTalliesApi } from '../data/live-tallies.api';
import { VotesApi } from '../data/votes.api';
import { BoardToolbar } from './board-toolbar';
import { type BoardQuery, boardParamsOf, boardQueryOf, listQueryOf } from './board-query';
import { IdeaCard } from './idea-card';
import { IdeaTable } from './idea-table';
import { RankingPanel } from './ranking-panel';
import { isPhaseOpen, mayWriteIdeas, votingHasOpened } from '../shared/idea-rules';

export const BOARD_PAGE_SIZE = 24;

/**
 * A challenge's ideas as its viewer may see them: searched, filtered by status, tag or author,
 * newest or most discussed first, as cards or a table, with "load more". The query lives in
 * the address bar next to the challenge's own parameters.
 */
@Component({
  selector: 'cf-idea-board',
  imports: [
    BoardToolbar,
    EmptyState,
    ErrorState,
    IdeaCard,
    IdeaTable,
    LoadMore,
    LoadingState,
    MatAnchor,
    MatButton,
    MatChip,
    MatChipRemove,
    MatChipSet,
    MatIcon,
    RankingPanel,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="board" aria-labelledby="board-title" data-testid="idea-board">
      <div class="head">
        <h2 id="board-title">{{ 'ideas.board.title' | transloco }}</h2>
        @if (mayWrite()) {
          <a mat-flat-button [routerLink]="['/challenges', challenge().id, 'ideas', 'new']" data-testid="board-write">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ 'ideas.board.write' | transloco }}
          </a>
        }
        @if (comparing()) {
          <a mat-flat-button [routerLink]="['/challenges', challenge().id, 'compare']" data-testid="board-compare">
            <mat-icon svgIcon="compare_arrows" aria-hidden="true" />
            {{ 'ideas.board.compare' | transloco }}
          </a>
        }
      </div>
      <cf-board-toolbar [query]="query()" [voteSorts]="voteSorts()" (changed)="apply($event)" />
      @if (followed().length > 0) {
        <p class="live" data-testid="board-live">
          <span class="dot" aria-hidden="true"></span>{{ 'ideas.board.live' | transloco }}
        </p>
      }
      @if (query().sort === 'top') {
        <cf-ranking-panel [challengeId]="challenge().id" [challengeKey]="challengeKey()" />
      }

      @if (query().tag || query().authorId) {
        <mat-chip-set class="active" [attr.aria-label]="'ideas.board.activeFilters' | transloco">
          @if (query().tag; as tag) {
            <mat-chip (removed)="apply({ tag: undefined })" data-testid="board-tag-filter">
              #{{ tag }}
              <button matChipRemove [attr.aria-label]="'ideas.board.removeFilter' | transloco: { filter: tag }">
                <mat-icon svgIcon="close" aria-hidden="true" />
              </button>
            </mat-chip>
          }
          @if (query().authorId) {
            <mat-chip (removed)="apply({ authorId: undefined })" data-testid="board-author-filter">
              {{ 'ideas.board.byAuthor' | transloco: { name: authorName() } }}
              <button
                matChipRemove
                [attr.aria-label]="'ideas.board.removeFilter' | transloco: { filter: authorName() }"
              >
                <mat-icon svgIcon="close" aria-hidden="true" />
              </button>
            </mat-chip>
          }
        </mat-chip-set>
      }

      @if (ideas.first.error()) {
        <cf-error-state [message]="errorText(ideas.first.error())" (retry)="ideas.first.reload()" />
      } @else if (ideas.first.hasValue()) {
        @if (shown().length === 0) {
          <cf-empty-state
            icon="lightbulb"
            [title]="(filtered() ? 'ideas.board.noMatchTitle' : 'ideas.board.emptyTitle') | transloco"
            [message]="(filtered() ? 'ideas.board.noMatchMessage' : 'ideas.board.emptyMessage') | transloco"
            data-testid="board-empty"
          >
            @if (filtered()) {
              <button mat-stroked-button type="button" (click)="clear()" data-testid="board-clear">
                {{ 'ideas.board.clear' | transloco }}
              </button>
            }
          </cf-empty-state>
        } @else if (query().view === 'list') {
          <cf-idea-table [ideas]="shown()" (filter)="apply($event)" />
        } @else {
          <ul class="cards" data-testid="idea-cards">
            @for (idea of shown(); track idea.id) {
              <li><cf-idea-card [idea]="idea" (filter)="apply($event)" /></li>
            }
          </ul>
        }
        <cf-load-more [pages]="ideas" [failure]="errorText(ideas.moreError())" />
      } @else {
        <cf-loading-state />
      }
    </section>
  `,
  styles: `
    .board {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-4);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--cf-space-3);
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .live {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      margin: 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .dot {
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: var(--cf-space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cards > li {
      display: flex;
      flex-direction: column;
    }
    cf-idea-card {
      flex: 1;
    }
  `,
})
export class IdeaBoard {
  private readonly api = inject(IdeasApi);
  private readonly votes = inject(VotesApi);
  private readonly liveTallies = inject(LiveTalliesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly errorText = injectErrorText();

  readonly challenge = input.required<ChallengeDetail>();
  /** The secret of an unlisted challenge's link. */
  readonly challengeKey = input<string | null>(null);

  private readonly address = toSignal(this.route.queryParamMap.pipe(map(boardQueryOf)), { requireSync: true });
  /** Once voting has opened: the board orders by votes where the viewer sees them (not in blind voting). */
  private readonly voting = rxResource({
    params: () =>
      votingHasOpened(this.challenge()) ? { id: this.challenge().id, key: this.challengeKey() } : undefined,
    stream: ({ params }) => this.votes.overview(params.id, params.key),
  });
  protected readonly voteSorts = computed(() => this.voting.hasValue() && this.voting.value().talliesShown);
  /** Pairwise voting is open: signed-in voters compare pairs on their own page. */
  protected readonly comparing = computed(
    () =>
      this.voting.hasValue() &&
      this.voting.value().rules.mode === 'pairwise' &&
      isPhaseOpen(this.challenge(), 'voting') &&
      (this.challenge().viewer.isParticipant || this.challenge().viewer.canTakePart),
  );
  protected readonly query = computed((): BoardQuery => {
    const query = this.address();
    return VOTE_SORTS.includes(query.sort) && !this.voteSorts() ? { ...query, sort: 'newest' } : query;
  });
  protected readonly filtered = computed(() => {
    const { q, status, tag, authorId } = this.query();
    return Boolean(q || status || tag || authorId);
  });
  /** Switching between cards and the table keeps the ideas already loaded. */
  private readonly listParams = computed(
    () => ({ challengeId: this.challenge().id, key: this.challengeKey(), query: listQueryOf(this.query()) }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly ideas = keysetPages({
    params: this.listParams,
    load: ({ challengeId, key, query }, cursor) =>
      this.api.list(challengeId, { ...query, cursor: cursor ?? undefined, limit: BOARD_PAGE_SIZE }, key),
  });
  /** While voting is open and the viewer sees tallies, the board follows its ideas' tallies live. */
  protected readonly followed = computed(
    () =>
      this.voteSorts() && isPhaseOpen(this.challenge(), 'voting')
        ? this.ideas
            .items()
            .slice(0, MAX_LIVE_IDEAS)
            .map((idea) => idea.id)
        : [],
    { equal: (a, b) => a.join() === b.join() },
  );
  /** Tallies heard since the page loaded; the order stays as loaded, so nothing jumps under the pointer. */
  private readonly heard = signal(new Map<string, IdeaTally | null>());
  protected readonly shown = computed(() => {
    const heard = this.heard();
    return this.ideas
      .items()
      .map((idea) => (heard.has(idea.id) ? { ...idea, tally: heard.get(idea.id) ?? null } : idea));
  });

  constructor() {
    effect((onCleanup) => {
      const ideaIds = this.followed();
      if (ideaIds.length === 0) return;
      const subscription = this.liveTallies
        .follow(this.challenge().id, ideaIds, this.challengeKey())
        .subscribe((tallies) =>
          this.heard.update(
            (heard) => new Map([...heard, ...tallies.map(({ ideaId, tally }) => [ideaId, tally] as const)]),
          ),
        );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  /** The name of the author filtered by, as the ideas found show it. */
  protected readonly authorName = computed(() => {
    const authorId = this.query().authorId;
    return (
      this.ideas
        .items()
        .flatMap((idea) => idea.authors)
        .find((author) => author.id === authorId)?.name ?? '…'
    );
  });
  protected readonly mayWrite = computed(() => mayWriteIdeas(this.challenge()));

  protected apply(change: Partial<BoardQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: boardParamsOf(change),
      queryParamsHandling: 'merge',
      replaceUrl: 'q' in change,
    });
  }

  protected clear(): void {
    this.apply({ q: undefined, status: undefined, tag: undefined, authorId: undefined });
  }
}
