import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { IdeaBoard, VoteIntegrityPanel, VotingSettings } from '@crowdforge/web-ideas';
import { describeError, injectErrorText } from '@crowdforge/web-identity-data/api';
import { ChallengeTags, ErrorState, LoadingState, OrgBadge, brandOf } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { combineLatest, distinctUntilChanged, map } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { ChallengeBrief } from './challenge-brief';
import { JoinPanel } from './join-panel';
import { OrganiserPanel } from './organiser-panel';
import { ChallengeConversation } from '../conversation/challenge-conversation';
import { PhaseTimeline } from './phase-timeline';

/**
 * One challenge: a header in the brand colour of whoever runs it, the timeline of its phase
 * windows, the brief, and on the side taking part and (for its managers) the organiser's tools.
 * An unlisted challenge's link carries `?key=`, passed on to the API.
 */
@Component({
  selector: 'cf-challenge-page',
  imports: [
    ChallengeBrief,
    ChallengeConversation,
    ChallengeTags,
    ErrorState,
    IdeaBoard,
    JoinPanel,
    LoadingState,
    MatIcon,
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    OrganiserPanel,
    OrgBadge,
    PhaseTimeline,
    RouterLink,
    TranslocoPipe,
    VoteIntegrityPanel,
    VotingSettings,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (challenge.error()) {
      <div class="cf-container cf-page">
        @if (notFound()) {
          <cf-error-state
            [title]="'challenges.page.notFoundTitle' | transloco"
            [message]="'challenges.page.notFound' | transloco"
            [retryable]="false"
          />
        } @else {
          <cf-error-state [message]="errorText(challenge.error())" (retry)="challenge.reload()" />
        }
        <p>
          <a routerLink="/challenges">{{ 'challenges.page.back' | transloco }}</a>
        </p>
      </div>
    } @else if (challenge.hasValue() && brand(); as brand) {
      @let item = challenge.value();
      <header class="banner" [style.--cf-brand]="brand.colour" data-testid="challenge-banner">
        <div class="cf-container banner-inner">
          <a class="back" routerLink="/challenges">
            <mat-icon svgIcon="arrow_back" aria-hidden="true" />
            {{ 'challenges.page.back' | transloco }}
          </a>
          <div class="heading">
            <div class="titles">
              <p class="brand" data-testid="challenge-brand">
                <cf-org-badge
                  [name]="brand.name"
                  [brandColour]="brand.colour"
                  [logoUrl]="brand.logoUrl"
                  size="2.5rem"
                />
                <span>{{ brand.name }}</span>
              </p>
              <h1 class="title" data-testid="page-title">{{ item.title }}</h1>
              @if (item.tagline) {
                <p class="tagline">{{ item.tagline }}</p>
              }
              <cf-challenge-tags class="tags" [stage]="item.stage" [themes]="item.themes" />
            </div>
            @if (item.coverImageUrl) {
              <img class="cover" [src]="coverSource(item.coverImageUrl)" alt="" />
            }
          </div>
        </div>
      </header>

      <div class="cf-container body">
        <section class="timeline" aria-labelledby="timeline-title">
          <h2 id="timeline-title" class="cf-visually-hidden">{{ 'challenges.timeline.label' | transloco }}</h2>
          <cf-phase-timeline [windows]="item.windows" />
        </section>
        <div class="layout">
          <div class="main">
            @if (item.state === 'draft') {
              <cf-challenge-brief [challenge]="item" />
            } @else {
              <nav
                mat-tab-nav-bar
                class="tabs"
                [tabPanel]="tabPanel"
                [attr.aria-label]="'challenges.page.tabs' | transloco"
              >
                <a
                  mat-tab-link
                  [routerLink]="[]"
                  [queryParams]="{ tab: null }"
                  queryParamsHandling="merge"
                  [active]="tab() === 'brief'"
                  data-testid="tab-brief"
                >
                  {{ 'challenges.page.briefTab' | transloco }}
                </a>
                <a
                  mat-tab-link
                  [routerLink]="[]"
                  [queryParams]="{ tab: 'ideas' }"
                  queryParamsHandling="merge"
                  [active]="tab() === 'ideas'"
                  data-testid="tab-ideas"
                >
                  {{ 'challenges.page.ideasTab' | transloco: { count: item.figures?.ideas ?? 0 } }}
                </a>
              </nav>
              <mat-tab-nav-panel #tabPanel>
                @if (tab() === 'ideas') {
                  <cf-idea-board [challenge]="item" [challengeKey]="address().key" />
                } @else {
                  <cf-challenge-brief [challenge]="item" />
                  <cf-challenge-conversation
                    class="conversation"
                    [challenge]="item"
                    (changed)="update($event)"
                    (reload)="challenge.reload()"
                  />
                }
              </mat-tab-nav-panel>
            }
          </div>
          <aside class="side" [attr.aria-label]="'challenges.page.aside' | transloco">
            @if (item.viewer.canManage) {
              <cf-organiser-panel [challenge]="item" (changed)="update($event)" />
              @if (hasVoting()) {
                <cf-voting-settings [challenge]="item" />
              }
            }
            @if (hasVoting()) {
              <cf-vote-integrity [challenge]="item" />
            }
            @if (item.state !== 'draft') {
              <cf-join-panel [challenge]="item" (joined)="update($event)" />
            }
            @if (item.figures; as figures) {
              <section class="cf-card figures" aria-labelledby="figures-title" data-testid="challenge-figures">
                <h2 id="figures-title">{{ 'challenges.figures.title' | transloco }}</h2>
                <dl>
                  <div>
                    <dt>{{ 'challenges.figures.ideas' | transloco }}</dt>
                    <dd>{{ figures.ideas }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'challenges.figures.participants' | transloco }}</dt>
                    <dd>{{ figures.participants }}</dd>
                  </div>
                  @if (figures.votes !== null) {
                    <div>
                      <dt>{{ 'challenges.figures.votes' | transloco }}</dt>
                      <dd>{{ figures.votes }}</dd>
                    </div>
                  }
                </dl>
              </section>
            }
          </aside>
        </div>
      </div>
    } @else {
      <cf-loading-state class="cf-page" />
    }
  `,
  styleUrl: './challenge-page.scss',
})
export class ChallengePage {
  private readonly api = inject(ChallengesApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly errorText = injectErrorText();

  protected readonly address = toSignal(
    combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
      map(([params, query]) => ({ id: params.get('challengeId') ?? '', key: query.get('key') })),
      distinctUntilChanged((a, b) => a.id === b.id && a.key === b.key),
    ),
    { requireSync: true },
  );
  private readonly queryParams = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The brief (with its conversation) or the idea board, as `?tab=ideas`. */
  protected readonly tab = computed(() => (this.queryParams().get('tab') === 'ideas' ? 'ideas' : 'brief'));
  protected readonly challenge = rxResource({
    params: () => this.address(),
    stream: ({ params }) => this.api.get(params.id, params.key),
  });
  protected readonly brand = computed(() => (this.challenge.hasValue() ? brandOf(this.challenge.value()) : null));
  protected readonly notFound = computed(() => describeError(this.challenge.error()).status === 404);
  protected readonly hasVoting = computed(
    () => this.challenge.hasValue() && this.challenge.value().windows.some((window) => window.kind === 'voting'),
  );

  /** An unlisted challenge's cover is only served with the link's key. */
  protected coverSource(url: string): string {
    const key = this.address().key;
    return key ? `${url}?key=${encodeURIComponent(key)}` : url;
  }

  protected update(challenge: ChallengeDetail): void {
    this.challenge.set(challenge);
  }
}
