import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MeApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, FormMessage, FormMessageView, PasswordToggle } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/**
 * Confirms deleting the account by typing the password; deletes it and closes with `true`.
 * A wrong password shows next to the field and the dialog stays open.
 */
@Component({
  selector: 'cf-delete-account-dialog',
  imports: [
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatSuffix,
    PasswordToggle,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'account.data.confirmTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="delete-form">
      <mat-dialog-content class="cf-stack">
        <p class="text">{{ 'account.data.confirmLead' | transloco }}</p>
        <cf-form-message [message]="message()" />
        <mat-form-field>
          <mat-label>{{ 'auth.fields.password' | transloco }}</mat-label>
          <input
            #password
            matInput
            type="password"
            formControlName="password"
            autocomplete="current-password"
            required
            data-testid="delete-password"
          />
          <cf-password-toggle matSuffix [input]="password" />
          <mat-error>{{ form.controls.password.errors | cfFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false" data-testid="delete-cancel">
          {{ 'ui.cancel' | transloco }}
        </button>
        <button
          mat-flat-button
          type="submit"
          class="cf-destructive"
          [disabled]="busy() || form.controls.password.value.length === 0"
          data-testid="delete-confirm"
        >
          {{ 'account.data.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .text {
      margin: 0 0 var(--cf-space-2);
    }
  `,
})
export class DeleteAccountDialog {
  private readonly me = inject(MeApi);
  private readonly ref = inject<MatDialogRef<DeleteAccountDialog, boolean>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', Validators.required] });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected async confirm(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.me.deleteAccount(this.form.controls.password.value));
      this.ref.close(true);
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
    } finally {
      this.busy.set(false);
    }
  }
}
