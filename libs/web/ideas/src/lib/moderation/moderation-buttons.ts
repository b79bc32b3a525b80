import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MAX_MODERATION_REASON, type ModerationAction, type ModerationKind } from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { askReason, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

/** An idea or comment as the moderators act on it; comments are locked on its idea. */
export interface ModerationTarget {
  kind: ModerationKind;
  objectId: string;
  ideaId: string;
  ideaTitle: string;
  hidden: boolean;
  commentsLocked: boolean;
}

/**
 * The moderators' two everyday actions, on the idea page and in the queue: hide or unhide
 * (saying why, the author is told) and lock or unlock the comments on the idea.
 */
@Component({
  selector: 'cf-moderation-buttons',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = target();
    <button
      mat-flat-button
      type="button"
      [class.cf-destructive]="!item.hidden"
      [disabled]="submission.busy()"
      (click)="changeVisibility(item.hidden ? 'unhide' : 'hide')"
      data-testid="moderation-visibility"
    >
      <mat-icon [svgIcon]="item.hidden ? 'visibility' : 'visibility_off'" aria-hidden="true" />
      {{ (item.hidden ? 'moderation.actions.unhide' : 'moderation.actions.hide') | transloco }}
    </button>
    <button
      mat-stroked-button
      type="button"
      [disabled]="submission.busy()"
      (click)="toggleComments()"
      data-testid="moderation-comments"
    >
      <mat-icon [svgIcon]="item.commentsLocked ? 'lock_open' : 'lock'" aria-hidden="true" />
      {{ (item.commentsLocked ? 'moderation.actions.unlockComments' : 'moderation.actions.lockComments') | transloco }}
    </button>
    @if (submission.failure(); as failure) {
      <p class="error" role="alert">{{ failure }}</p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class ModerationButtons {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);

  readonly target = input.required<ModerationTarget>();
  /** A decision was taken: what shows it should be read again. */
  readonly decided = output<void>();

  protected async changeVisibility(action: 'hide' | 'unhide'): Promise<void> {
    const { kind, objectId, ideaTitle } = this.target();
    const sent = await askReason(this.dialog, {
      title: this.transloco.translate(`moderation.decide.${action}.${kind}`, { title: ideaTitle }),
      message: this.transloco.translate(`moderation.decide.${action}.message`),
      reasonLabel: this.transloco.translate('moderation.decide.reason'),
      reasonHint: this.transloco.translate('moderation.decide.reasonHint'),
      confirmLabel: this.transloco.translate(`moderation.actions.${action}`),
      destructive: action === 'hide',
      maxLength: MAX_MODERATION_REASON,
      send: ({ reason }) => this.api.decide(kind, objectId, { action, reason }),
      successKey: `moderation.decide.${action}.done`,
      errorText: this.errorText,
    });
    if (sent) this.decided.emit();
  }

  protected async toggleComments(): Promise<void> {
    const { ideaId, commentsLocked } = this.target();
    const action: ModerationAction = commentsLocked ? 'unlock_comments' : 'lock_comments';
    await this.submission.send(this.api.decide('idea', ideaId, { action }), `moderation.decide.${action}`, () =>
      this.decided.emit(),
    );
  }
}
