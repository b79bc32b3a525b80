import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { injectSubmission } from '@crowdforge/web-ui';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** Follow or stop following: answers, revisions, announcements and the outcome reach the inbox. */
@Component({
  selector: 'cf-follow-button',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      [disabled]="submission.busy()"
      (click)="toggle()"
      [attr.aria-pressed]="following()"
      data-testid="follow-button"
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
      {{ (following() ? 'challenges.conversation.following' : 'challenges.conversation.follow') | transloco }}
    </button>
    @if (submission.failure(); as failure) {
      <p class="error" role="alert">{{ failure }}</p>
    }
  `,
  styles: `
    :host {
      display: grid;
      justify-items: end;
      gap: var(--cf-space-1);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class FollowButton {
  private readonly api = inject(ConversationApi);

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly following = linkedSignal(() => this.challenge().viewer.isFollowing);
  protected readonly submission = injectSubmission(injectErrorText());

  protected async toggle(): Promise<void> {
    const follow = !this.following();
    await this.submission.send(
      this.api.follow(this.challenge().id, follow),
      follow ? 'challenges.conversation.followed' : 'challenges.conversation.unfollowed',
      () => this.following.set(follow),
    );
  }
}
