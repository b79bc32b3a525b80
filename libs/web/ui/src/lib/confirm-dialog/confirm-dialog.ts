import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  /** Already-translated question, e.g. "Remove Ada from Leafy Tea?" */
  title: string;
  /** Already-translated explanation of what will happen. */
  message: string;
  /** Already-translated label of the confirming button, a verb: "Remove". */
  confirmLabel: string;
  /** A destructive action gets a red button. */
  destructive?: boolean;
}

/** "Are you sure?" with the consequence spelled out. Cancel has the focus first. */
@Component({
  selector: 'cf-confirm-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p class="message">{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel" cdkFocusInitial>
        {{ 'ui.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.cf-destructive]="data.destructive"
        [mat-dialog-close]="true"
        data-testid="confirm-accept"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .message {
      margin: 0;
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation dialog; resolves `true` only when the person confirms. */
export async function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    maxWidth: '28rem',
    autoFocus: 'first-tabbable',
    role: 'alertdialog',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
