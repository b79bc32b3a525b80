import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import type { ModerationKind } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { openFlagDialog } from './flag-dialog';

/** "Flag" for the moderators; once sent it says so (flagging again is harmless, the API keeps one open flag). */
@Component({
  selector: 'cf-flag-button',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button type="button" (click)="open()" [attr.data-testid]="kind() + '-flag'">
      <mat-icon svgIcon="flag" aria-hidden="true" />
      {{ (flagged() ? 'moderation.flag.flagged' : 'moderation.flag.open') | transloco }}
    </button>
  `,
})
export class FlagButton {
  private readonly dialog = inject(MatDialog);

  readonly kind = input.required<ModerationKind>();
  readonly objectId = input.required<string>();
  protected readonly flagged = signal(false);

  protected async open(): Promise<void> {
    if (await openFlagDialog(this.dialog, { kind: this.kind(), objectId: this.objectId() })) this.flagged.set(true);
  }
}
