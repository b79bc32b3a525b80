import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_COMMENT_DEPTH, type CommentView, type IdeaDetail } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { ErrorState, FollowButton, LoadingState } from '@crowdforge/web-ui';
import { NgTemplateOutlet } from '@angular/common';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaConversationApi } from '../data/idea-conversation.api';
import { isInTheProcess } from '../shared/idea-rules';
import { CommunityGuidelines } from '../moderation/community-guidelines';
import { CommentComposer } from './comment-composer';
import { CommentItem, type CommentPermissions } from './comment-item';
import { threadOf, withComment } from './comment-thread';

/**
 * The conversation on an idea: threads of comments and replies (two levels deep), mentions,
 * helpful and official marks, and following the idea.
 */
@Component({
  selector: 'cf-idea-conversation',
  imports: [
    CommentComposer,
    CommentItem,
    CommunityGuidelines,
    ErrorState,
    FollowButton,
    LoadingState,
    MatIcon,
    NgTemplateOutlet,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <h2 id="comments">{{ 'ideas.conversation.title' | transloco: { count: count() } }}</h2>
      @if (signedIn()) {
        <cf-follow-button
          [isFollowing]="idea().viewer.isFollowing"
          [follow]="follow"
          [errorText]="errorText"
          [toasts]="followToasts"
        />
      }
    </header>
    @if (responseTime(); as time) {
      <p class="lead" data-testid="first-official-response">
        {{ time.key | transloco: { count: time.count } }}
      </p>
    }
    @if (loaded.error()) {
      <cf-error-state [message]="errorText(loaded.error())" (retry)="loaded.reload()" />
    } @else if (loaded.hasValue()) {
      <ng-template #branch let-nodes>
        <ol class="thread">
          @for (node of nodes; track node.comment.id) {
            <li>
              <cf-comment-item
                [comment]="node.comment"
                [permissions]="permissions()"
                [mayReply]="permissions().mayReply && node.comment.depth < maxDepth && !node.comment.hidden"
                (changed)="update($event)"
                (reply)="replyingTo.set(node.comment.id)"
              />
              @if (replyingTo() === node.comment.id) {
                <cf-comment-composer
                  class="reply-composer"
                  [ideaId]="idea().id"
                  [parentId]="node.comment.id"
                  (sent)="added($event)"
                  (cancelled)="replyingTo.set(null)"
                />
              }
              @if (node.replies.length) {
                <ng-container *ngTemplateOutlet="branch; context: { $implicit: node.replies }" />
              }
            </li>
          }
        </ol>
      </ng-template>
      @if (thread().length) {
        <div data-testid="comments">
          <ng-container *ngTemplateOutlet="branch; context: { $implicit: thread() }" />
        </div>
      } @else {
        <p class="empty" data-testid="comments-empty">{{ 'ideas.conversation.empty' | transloco }}</p>
      }
    } @else {
      <cf-loading-state [diameter]="24" />
    }
    @if (permissions().mayReply) {
      <cf-community-guidelines class="composer" [challengeId]="idea().challengeId" />
      <cf-comment-composer class="composer" [ideaId]="idea().id" (sent)="added($event)" />
    } @else if (idea().commentsLocked && !closed()) {
      <p class="empty locked" data-testid="comments-locked">
        <mat-icon svgIcon="lock" aria-hidden="true" />
        {{ 'moderation.locked.notice' | transloco }}
      </p>
    } @else if (!signedIn() && !closed()) {
      <p class="empty" data-testid="comments-sign-in">{{ 'ideas.conversation.signIn' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--cf-space-2);
      margin-block-end: var(--cf-space-3);
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .lead {
      margin: 0 0 var(--cf-space-3);
      color: var(--mat-sys-on-surface-variant);
    }
    .thread {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: var(--cf-space-3);
    }
    .thread .thread {
      margin-block-start: var(--cf-space-3);
      padding-inline-start: var(--cf-space-4);
      border-inline-start: 2px solid var(--mat-sys-outline-variant);
    }
    .reply-composer {
      display: block;
      margin-block-start: var(--cf-space-3);
      padding-inline-start: var(--cf-space-4);
    }
    .composer {
      display: block;
      margin-block-start: var(--cf-space-4);
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .locked {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      margin-block-start: var(--cf-space-4);
    }
  `,
})
export class IdeaConversation {
  private readonly api = inject(IdeaConversationApi);
  protected readonly signedIn = inject(SessionStore).signedIn;
  protected readonly errorText = injectErrorText();
  protected readonly maxDepth = MAX_COMMENT_DEPTH;
  protected readonly followToasts = {
    followed: 'ideas.conversation.followed',
    unfollowed: 'ideas.conversation.unfollowed',
  };

  readonly idea = input.required<IdeaDetail>();
  /** A comment became the official response: the idea's time to first response may have changed. */
  readonly respondedOfficially = output<void>();

  protected readonly loaded = rxResource({
    params: () => this.idea().id,
    stream: ({ params }) => this.api.comments(params),
  });
  private readonly comments = linkedSignal<CommentView[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly thread = computed(() => threadOf(this.comments()));
  protected readonly count = computed(() => this.comments().filter((comment) => !comment.deleted).length);
  protected readonly replyingTo = signal<string | null>(null);

  /** Private drafts, ideas that left the process and hidden ideas take no comments. */
  protected readonly closed = computed(() => !isInTheProcess(this.idea().status) || this.idea().hidden !== null);
  protected readonly permissions = computed<CommentPermissions>(() => ({
    signedIn: this.signedIn(),
    mayReply: this.signedIn() && !this.closed() && !this.idea().commentsLocked,
    canManage: this.idea().viewer.canManage,
    canModerate: this.idea().viewer.canModerate,
  }));
  /** From submission to the first official response, in hours (at least one) or, from two days, in days. */
  protected readonly responseTime = computed(() => {
    const { submittedAt, firstOfficialResponseAt } = this.idea();
    if (!submittedAt || !firstOfficialResponseAt) return null;
    const hours = (Date.parse(firstOfficialResponseAt) - Date.parse(submittedAt)) / 3_600_000;
    return hours < 48
      ? { key: 'ideas.conversation.respondedInHours', count: Math.max(1, Math.round(hours)) }
      : { key: 'ideas.conversation.respondedInDays', count: Math.round(hours / 24) };
  });

  protected readonly follow = (following: boolean) => this.api.follow(this.idea().id, following);

  protected added(comment: CommentView): void {
    this.replyingTo.set(null);
    this.update(comment);
  }

  protected update(comment: CommentView): void {
    const wasOfficial = this.comments().some((known) => known.id === comment.id && known.official);
    this.comments.update((comments) => withComment(comments, comment));
    if (comment.official && !wasOfficial) this.respondedOfficially.emit();
  }
}
