import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { FollowButton } from '@crowdforge/web-ui';
import { ConversationApi } from '../data/conversation.api';
import { AmendmentsSection } from './amendments-section';
import { AnnouncementsSection } from './announcements-section';
import { OutcomeSection } from './outcome-section';
import { QuestionsSection } from './questions-section';
import { RevisionsSection } from './revisions-section';

/** Everything said about a published brief: outcome, announcements, Q&A, suggested amendments, revisions. */
@Component({
  selector: 'cf-challenge-conversation',
  imports: [AmendmentsSection, AnnouncementsSection, FollowButton, OutcomeSection, QuestionsSection, RevisionsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (signedIn()) {
      <div class="follow">
        <cf-follow-button
          [isFollowing]="challenge().viewer.isFollowing"
          [follow]="follow"
          [errorText]="errorText"
          [toasts]="toasts"
        />
      </div>
    }
    <cf-outcome-section [challenge]="challenge()" (closed)="changed.emit($event)" />
    <cf-announcements-section class="cf-card" [challenge]="challenge()" />
    <cf-questions-section class="cf-card" [challenge]="challenge()" />
    <cf-amendments-section class="cf-card" [challenge]="challenge()" (revised)="reload.emit()" />
    <cf-revisions-section class="cf-card" [challenge]="challenge()" />
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--cf-space-4);
    }
    .follow {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class ChallengeConversation {
  private readonly api = inject(ConversationApi);
  protected readonly signedIn = inject(SessionStore).signedIn;
  protected readonly errorText = injectErrorText();
  protected readonly toasts = {
    followed: 'challenges.conversation.followed',
    unfollowed: 'challenges.conversation.unfollowed',
  };
  protected readonly follow = (following: boolean) => this.api.follow(this.challenge().id, following);

  readonly challenge = input.required<ChallengeDetail>();
  /** The challenge changed and here it is (closed). */
  readonly changed = output<ChallengeDetail>();
  /** The challenge changed on the server (a new revision): load it again. */
  readonly reload = output<void>();
}
