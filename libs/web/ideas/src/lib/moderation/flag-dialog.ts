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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MAX_MODERATION_REASON, type ModerationKind } from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** What people most often flag; "other" asks them to say what in the note. */
export const FLAG_CATEGORIES = ['spam', 'offensive', 'personal', 'offTopic', 'other'] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export interface FlagTarget {
  kind: ModerationKind;
  objectId: string;
}

/** Room left in the API's reason for the note, after the category's words and the separator. */
const MAX_NOTE = MAX_MODERATION_REASON - 60;

/**
 * Asks why an idea or comment should be looked at — a category and a note — and sends the flag.
 * The moderators read the reason as written, so it goes in the flagger's language.
 */
@Component({
  selector: 'cf-flag-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'moderation.flag.title.' + target.kind | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate data-testid="flag-form">
      <mat-dialog-content class="cf-stack">
        <p class="lead">{{ 'moderation.flag.lead' | transloco }}</p>
        <mat-radio-group
          class="categories"
          formControlName="category"
          [attr.aria-label]="'moderation.flag.category' | transloco"
        >
          @for (category of categories; track category) {
            <mat-radio-button [value]="category" [attr.data-testid]="'flag-category-' + category">
              {{ 'moderation.flag.categories.' + category | transloco }}
            </mat-radio-button>
          }
        </mat-radio-group>
        <mat-form-field>
          <mat-label>{{ 'moderation.flag.note' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="note" data-testid="flag-note"></textarea>
          <mat-hint>{{ 'moderation.flag.noteHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.note.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert" data-testid="flag-error">{{ failure }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">{{ 'ui.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="flag-submit">
          {{ 'moderation.flag.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin: 0;
    }
    .categories {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class FlagDialog {
  private readonly api = inject(ModerationApi);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<FlagDialog, boolean>>(MatDialogRef);
  protected readonly target = inject<FlagTarget>(MAT_DIALOG_DATA);
  protected readonly submission = injectSubmission(injectErrorText());
  protected readonly categories = FLAG_CATEGORIES;

  protected readonly form = new FormGroup({
    category: new FormControl<FlagCategory>('spam', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MAX_NOTE)] }),
  });

  protected async send(): Promise<void> {
    const { category, note } = this.form.getRawValue();
    const trimmed = note.trim();
    if (category === 'other' && !trimmed) {
      this.form.controls.note.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.controls.note.markAsTouched();
      return;
    }
    const label = this.transloco.translate(`moderation.flag.categories.${category}`);
    const reason = trimmed ? `${label}: ${trimmed}` : label;
    await this.submission.send(
      this.api.flag(this.target.kind, this.target.objectId, reason),
      'moderation.flag.done',
      () => this.ref.close(true),
    );
  }
}

/** Opens the flag dialog; resolves true once the flag is sent. */
export async function openFlagDialog(dialog: MatDialog, target: FlagTarget): Promise<boolean> {
  const ref = dialog.open<FlagDialog, FlagTarget, boolean>(FlagDialog, {
    data: target,
    maxWidth: '32rem',
    width: '100%',
    autoFocus: 'first-tabbable',
  });
  return (await firstValueFrom(ref.afterClosed())) ?? false;
}
