import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, type Observable } from 'rxjs';
import { FieldErrorPipe } from '../field-error/field-error.pipe';
import { injectSubmission } from '../forms/submission';

export interface ReasonAnswer {
  reason: string;
  /** Only when the dialog asks for a number of days. */
  days?: number;
}

export interface ReasonDialogData {
  /** Already-translated texts. */
  title: string;
  message: string;
  reasonLabel: string;
  reasonHint?: string;
  confirmLabel: string;
  destructive?: boolean;
  /** Also ask for a number of days, 1 to `max` (e.g. how long a suspension lasts). */
  days?: { label: string; initial: number; max: number };
  maxLength: number;
  /** Sends the answer; the dialog stays open and shows why when it fails. */
  send: (answer: ReasonAnswer) => Observable<unknown>;
  /** Translation key of the toast once sent. */
  successKey: string;
  /** Puts a failure into words. */
  errorText: (error: unknown) => string;
}

/** An action that must say why (hide, unhide, suspend): a reason, maybe a number of days, then send. */
@Component({
  selector: 'cf-reason-dialog',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate data-testid="reason-form">
      <mat-dialog-content class="cf-stack">
        <p class="lead">{{ data.message }}</p>
        <mat-form-field>
          <mat-label>{{ data.reasonLabel }}</mat-label>
          <textarea matInput rows="3" formControlName="reason" required data-testid="reason-input"></textarea>
          @if (data.reasonHint) {
            <mat-hint>{{ data.reasonHint }}</mat-hint>
          }
          <mat-error>{{ form.controls.reason.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        @if (data.days; as days) {
          <mat-form-field>
            <mat-label>{{ days.label }}</mat-label>
            <input matInput type="number" min="1" [max]="days.max" formControlName="days" data-testid="reason-days" />
            <mat-error>{{ form.controls.days.errors | cfFieldError }}</mat-error>
          </mat-form-field>
        }
        @if (submission.failure(); as failure) {
          <p class="error" role="alert" data-testid="reason-error">{{ failure }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">{{ 'ui.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          [class.cf-destructive]="data.destructive"
          [disabled]="submission.busy()"
          data-testid="reason-submit"
        >
          {{ data.confirmLabel }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin: 0 0 var(--cf-space-2);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, boolean>>(MatDialogRef);
  protected readonly submission = injectSubmission(this.data.errorText);

  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(this.data.maxLength)],
    }),
    days: new FormControl(this.data.days?.initial ?? 1, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(this.data.days?.max ?? 1)],
    }),
  });

  protected async send(): Promise<void> {
    const reason = this.form.controls.reason;
    reason.setValue(reason.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const answer: ReasonAnswer = this.data.days
      ? { reason: reason.value, days: Number(this.form.controls.days.value) }
      : { reason: reason.value };
    await this.submission.send(this.data.send(answer), this.data.successKey, () => this.ref.close(true));
  }
}

/** Opens the dialog; resolves true once the answer is sent. */
export async function askReason(dialog: MatDialog, data: ReasonDialogData): Promise<boolean> {
  const ref = dialog.open<ReasonDialog, ReasonDialogData, boolean>(ReasonDialog, {
    data,
    maxWidth: '32rem',
    width: '100%',
    autoFocus: 'first-tabbable',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
