import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { AmendmentsSection } from './amendments-section';
import { AnnouncementsSection } from './announcements-section';
import { FollowButton } from './follow-button';
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
      <div class="follow"><cf-follow-button [challenge]="challenge()" /></div>
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
  protected readonly signedIn = inject(SessionStore).signedIn;

  readonly challenge = input.required<ChallengeDetail>();
  /** The challenge changed and here it is (closed). */
  readonly changed = output<ChallengeDetail>();
  /** The challenge changed on the server (a new revision): load it again. */
  readonly reload = output<void>();
}
