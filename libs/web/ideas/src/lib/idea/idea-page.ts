import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { VOTABLE_STATUSES } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { describeError, injectErrorText } from '@crowdforge/web-identity-data/api';
import { Alert, ErrorState, LoadingState } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { MatAnchor } from '@angular/material/button';
import { AttachmentList } from '../attachments/attachment-list';
import { IdeaConversation } from '../conversation/idea-conversation';
import { IdeasApi } from '../data/ideas.api';
import { IdeaLineage } from '../lineage/idea-lineage';
import { FlagButton } from '../moderation/flag-button';
import { HiddenBanner } from '../moderation/hidden-banner';
import { IdeaModerationPanel } from '../moderation/idea-moderation-panel';
import { isInTheProcess, isPhaseOpen, mayWriteIdeas } from '../shared/idea-rules';
import { VotePanel } from '../votes/vote-panel';
import { IdeaTallyBadge } from '../shared/idea-tally';
import { IdeaStatusChip } from '../shared/status-chip';
import { AuthorActions } from './author-actions';
import { IdeaFacts } from './idea-facts';
import { InvitationBanner } from './invitation-banner';
import { MergePanel } from './merge-panel';
import { StatusForm } from './status-form';
import { StatusHistory } from './status-history';

/**
 * One idea: what it says, where it stands and how it got there; the authors' actions, the
 * answer to a co-author invitation, and the organisers' status change.
 */
@Component({
  selector: 'cf-idea-page',
  imports: [
    Alert,
    AttachmentList,
    MergePanel,
    AuthorActions,
    ErrorState,
    FlagButton,
    HiddenBanner,
    IdeaConversation,
    IdeaFacts,
    IdeaLineage,
    IdeaModerationPanel,
    IdeaStatusChip,
    InvitationBanner,
    LoadingState,
    MatAnchor,
    MatIcon,
    RouterLink,
    StatusForm,
    StatusHistory,
    VotePanel,
    IdeaTallyBadge,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (idea.error()) {
      <div class="cf-container cf-page">
        @if (notFound()) {
          <cf-error-state
            [title]="'ideas.page.notFoundTitle' | transloco"
            [message]="'ideas.page.notFound' | transloco"
            [retryable]="false"
            data-testid="idea-not-found"
          />
        } @else {
          <cf-error-state [message]="errorText(idea.error())" (retry)="idea.reload()" />
        }
        <p>
          <a routerLink="/challenges">{{ 'ideas.page.toChallenges' | transloco }}</a>
        </p>
      </div>
    } @else if (idea.hasValue()) {
      @let item = idea.value();
      <header class="header">
        <div class="cf-container header-inner">
          <a class="back" [routerLink]="['/challenges', item.challengeId]" data-testid="idea-challenge">
            <mat-icon svgIcon="arrow_back" aria-hidden="true" />
            {{ item.challengeTitle }}
          </a>
          <cf-idea-status-chip [status]="item.status" data-testid="idea-status" />
          @if (item.tally; as tally) {
            <cf-idea-tally [tally]="tally" />
          }
          <h1 class="title" data-testid="page-title">{{ item.title }}</h1>
          @if (item.pitch) {
            <p class="pitch" data-testid="idea-pitch">{{ item.pitch }}</p>
          }
          @if (mayFlag()) {
            <cf-flag-button class="flag" kind="idea" [objectId]="item.id" />
          }
        </div>
      </header>
      <div class="cf-container layout">
        <div class="main">
          @if (mergedFrom()) {
            <cf-alert kind="info" data-testid="merged-from">
              <p>{{ 'ideas.merge.continuesHere' | transloco }}</p>
            </cf-alert>
          }
          @if (item.hidden; as hidden) {
            <cf-hidden-banner [mark]="hidden" [forModerator]="!item.viewer.isAuthor" />
          }
          @if (item.viewer.invitationId) {
            <cf-invitation-banner [idea]="item" (answered)="idea.set($event)" />
          }
          <section class="cf-card" aria-labelledby="idea-description-title">
            <h2 id="idea-description-title">{{ 'ideas.fields.description' | transloco }}</h2>
            @if (item.description.html) {
              <div class="markdown" [innerHTML]="item.description.html" data-testid="idea-description"></div>
            } @else {
              <p class="cf-muted">{{ 'ideas.page.noDescription' | transloco }}</p>
            }
            @if (shownFiles().length) {
              <cf-attachment-list class="files" [ideaId]="item.id" [attachments]="shownFiles()" />
            }
            <cf-idea-facts [idea]="item" [challenge]="challenge.value() ?? null" />
          </section>
          @if (item.viewer.canEdit || item.lineage.buildsOn.length || item.lineage.builtOnBy.length) {
            <cf-idea-lineage [idea]="item" [editable]="item.viewer.canEdit" (changed)="idea.set($event)" />
          }
          <cf-status-history [history]="item.history" />
          @if (item.status !== 'draft') {
            <cf-idea-conversation class="cf-card" [idea]="item" (respondedOfficially)="idea.reload()" />
          }
        </div>
        <aside class="side" [attr.aria-label]="'ideas.page.aside' | transloco">
          @if (mayVote()) {
            <cf-vote-panel [idea]="item" />
          }
          @if (item.viewer.isAuthor) {
            <cf-author-actions [idea]="item" (changed)="idea.set($event)" />
          }
          @if (mayMerge()) {
            <cf-merge-panel [idea]="item" (changed)="idea.reload()" />
          }
          @if (item.viewer.canModerate && item.status !== 'draft') {
            <cf-idea-moderation-panel [idea]="item" (decided)="idea.reload()" />
          }
          @if (mayChangeStatus()) {
            <cf-status-form [idea]="item" (changed)="idea.set($event)" />
          }
          @if (mayBuildOn()) {
            <section class="cf-card build-on" data-testid="build-on">
              <h2>{{ 'ideas.lineage.buildOnTitle' | transloco }}</h2>
              <p>{{ 'ideas.lineage.buildOnLead' | transloco }}</p>
              <a
                mat-flat-button
                [routerLink]="['/challenges', item.challengeId, 'ideas', 'new']"
                [queryParams]="{ buildsOn: item.id }"
                data-testid="build-on-link"
              >
                {{ 'ideas.lineage.buildOn' | transloco }}
              </a>
            </section>
          }
        </aside>
      </div>
    } @else {
      <cf-loading-state class="cf-page" />
    }
  `,
  styleUrl: './idea-page.scss',
})
export class IdeaPage {
  private readonly api = inject(IdeasApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly signedIn = inject(SessionStore).signedIn;
  protected readonly errorText = injectErrorText();

  private readonly ideaId = toSignal(this.route.paramMap.pipe(map((params) => params.get('ideaId') ?? '')), {
    requireSync: true,
  });
  protected readonly idea = rxResource({
    params: () => this.ideaId(),
    stream: ({ params }) => this.api.get(params),
  });
  /** For the labels of the idea's custom fields. */
  protected readonly challenge = rxResource({
    params: () => (this.idea.hasValue() ? this.idea.value().challengeId : undefined),
    stream: ({ params }) => this.api.challenge(params),
  });
  /** Files shown with the idea; those in the form's file fields appear with the fields. */
  protected readonly shownFiles = computed(() =>
    this.idea.hasValue() ? this.idea.value().attachments.filter((file) => file.field === null) : [],
  );
  protected readonly notFound = computed(() => describeError(this.idea.error()).status === 404);
  /** Signed-in people vote while the voting window is open, on ideas still in the running and not hidden. */
  protected readonly mayVote = computed(() => {
    const idea = this.idea.hasValue() ? this.idea.value() : null;
    const challenge = this.challenge.hasValue() ? this.challenge.value() : null;
    return (
      this.signedIn() &&
      !!idea &&
      !!challenge &&
      !idea.hidden &&
      VOTABLE_STATUSES.includes(idea.status) &&
      isPhaseOpen(challenge, 'voting')
    );
  });
  /** Participants write an idea that builds on this one while submissions are open. */
  protected readonly mayBuildOn = computed(() => {
    const idea = this.idea.hasValue() ? this.idea.value() : null;
    const challenge = this.challenge.hasValue() ? this.challenge.value() : null;
    return !!idea && !!challenge && !idea.viewer.isAuthor && isInTheProcess(idea.status) && mayWriteIdeas(challenge);
  });
  /** Arrived from a duplicate that was merged into this idea. */
  protected readonly mergedFrom = toSignal(this.route.queryParamMap.pipe(map((query) => query.has('mergedFrom'))), {
    requireSync: true,
  });
  /** The challenge's moderators and the authors propose and answer merges of ideas still in play. */
  protected readonly mayMerge = computed(() => {
    const idea = this.idea.hasValue() ? this.idea.value() : null;
    return !!idea && (idea.viewer.canModerate || idea.viewer.isAuthor) && isInTheProcess(idea.status);
  });

  constructor() {
    // A merged idea lives on in another: its address leads there.
    effect(() => {
      const mergedInto = this.idea.hasValue() ? this.idea.value().mergedInto : null;
      if (mergedInto)
        void this.router.navigate(['/ideas', mergedInto.id], {
          queryParams: { mergedFrom: this.ideaId() },
          replaceUrl: true,
        });
    });
  }

  /** Signed-in readers flag what others wrote and the moderators have not hidden. */
  protected readonly mayFlag = computed(() => {
    const idea = this.idea.hasValue() ? this.idea.value() : null;
    return this.signedIn() && !!idea && !idea.viewer.isAuthor && !idea.hidden && idea.status !== 'draft';
  });
  /** Drafts are private, withdrawn and merged ideas have left the process. */
  protected readonly mayChangeStatus = computed(() => {
    const idea = this.idea.hasValue() ? this.idea.value() : null;
    return !!idea?.viewer.canManage && isInTheProcess(idea.status);
  });
}
