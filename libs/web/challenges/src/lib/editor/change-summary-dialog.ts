import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** Asks what changed in a published brief; the answer becomes the summary of the new revision. */
@Component({
  selector: 'cf-change-summary-dialog',
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
    <h2 mat-dialog-title>{{ 'challenges.editor.summaryTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="done()" novalidate data-testid="change-summary-form">
      <mat-dialog-content class="cf-stack">
        <p class="lead">{{ 'challenges.editor.summaryLead' | transloco }}</p>
        <mat-form-field>
          <mat-label>{{ 'challenges.editor.summary' | transloco }}</mat-label>
          <textarea matInput rows="3" [formControl]="summary" required data-testid="change-summary"></textarea>
          <mat-hint>{{ 'challenges.editor.summaryHint' | transloco }}</mat-hint>
          <mat-error>{{ summary.errors | cfFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'ui.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="change-summary-submit">
          {{ 'challenges.editor.summarySubmit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin: 0 0 var(--cf-space-2);
    }
  `,
})
export class ChangeSummaryDialog {
  private readonly ref = inject<MatDialogRef<ChangeSummaryDialog, string>>(MatDialogRef);

  protected readonly summary = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(500)],
  });
  protected readonly form = new FormGroup({ summary: this.summary });

  protected done(): void {
    this.summary.setValue(this.summary.value.trim());
    if (this.summary.invalid) {
      this.summary.markAsTouched();
      return;
    }
    this.ref.close(this.summary.value);
  }
}

/** Resolves the summary, or `undefined` when the person cancels. */
export async function askChangeSummary(dialog: MatDialog): Promise<string | undefined> {
  const ref = dialog.open<ChangeSummaryDialog, void, string>(ChangeSummaryDialog, {
    maxWidth: '32rem',
    width: '100%',
    autoFocus: 'first-tabbable',
  });
  return firstValueFrom(ref.afterClosed());
}
