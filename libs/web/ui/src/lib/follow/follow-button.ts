import { ChangeDetectionStrategy, Component, input, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { injectSubmission } from '../forms/submission';

/**
 * Follow or stop following something (a challenge, an idea): what happens to it reaches the inbox.
 * `follow(true)` follows, `follow(false)` stops; `errorText` puts a failure into words; `toasts`
 * names the messages shown when it worked.
 */
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
      {{ (following() ? 'ui.follow.following' : 'ui.follow.follow') | transloco }}
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
  readonly isFollowing = input.required<boolean>();
  readonly follow = input.required<(following: boolean) => Observable<unknown>>();
  readonly errorText = input.required<(error: unknown) => string>();
  readonly toasts = input.required<{ followed: string; unfollowed: string }>();

  protected readonly following = linkedSignal(() => this.isFollowing());
  protected readonly submission = injectSubmission((error) => this.errorText()(error));

  protected async toggle(): Promise<void> {
    const follow = !this.following();
    await this.submission.send(this.follow()(follow), this.toasts()[follow ? 'followed' : 'unfollowed'], () =>
      this.following.set(follow),
    );
  }
}
