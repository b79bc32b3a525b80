import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ToastService } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ConversationApi } from '../data/conversation.api';

/** Follow or stop following: answers, revisions, announcements and the outcome reach the inbox. */
@Component({
  selector: 'cf-follow-button',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      [disabled]="busy()"
      (click)="toggle()"
      [attr.aria-pressed]="following()"
      data-testid="follow-button"
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
      {{ (following() ? 'challenges.conversation.following' : 'challenges.conversation.follow') | transloco }}
    </button>
  `,
})
export class FollowButton {
  private readonly api = inject(ConversationApi);
  private readonly toast = inject(ToastService);

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly following = linkedSignal(() => this.challenge().viewer.isFollowing);
  protected readonly busy = signal(false);

  protected async toggle(): Promise<void> {
    const follow = !this.following();
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.follow(this.challenge().id, follow));
      this.following.set(follow);
      this.toast.success(follow ? 'challenges.conversation.followed' : 'challenges.conversation.unfollowed');
    } finally {
      this.busy.set(false);
    }
  }
}
