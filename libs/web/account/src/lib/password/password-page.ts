import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MeApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  PasswordToggle,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

const PASSWORD_MIN_LENGTH = 10;

/** Change the password; the API signs out every other device. */
@Component({
  selector: 'cf-password-page',
  imports: [
    Alert,
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    PasswordToggle,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="password-heading">
      <h2 id="password-heading">{{ 'account.password.title' | transloco }}</h2>
      <p class="cf-muted intro">{{ 'account.password.lead' | transloco }}</p>
      @if (changed()) {
        <cf-alert kind="success" data-testid="password-changed">
          <p>{{ 'account.password.changed' | transloco }}</p>
        </cf-alert>
      }
      <cf-form-message [message]="message()" />
      <form class="cf-stack" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="password-form">
        <mat-form-field>
          <mat-label>{{ 'account.password.current' | transloco }}</mat-label>
          <input
            #current
            matInput
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
            data-testid="password-current"
          />
          <cf-password-toggle matSuffix [input]="current" />
          <mat-error>{{ form.controls.currentPassword.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'auth.fields.newPassword' | transloco }}</mat-label>
          <input
            #next
            matInput
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            required
            data-testid="password-new"
          />
          <cf-password-toggle matSuffix [input]="next" />
          <mat-hint>{{ 'auth.passwordHint' | transloco: { min: minLength } }}</mat-hint>
          <mat-error>{{ form.controls.newPassword.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <div class="cf-form-actions">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="password-submit">
            {{ 'account.password.submit' | transloco }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .intro {
      margin: 0 0 var(--cf-space-4);
    }
    cf-alert {
      margin-block-end: var(--cf-space-4);
    }
    cf-form-message:not(:empty) {
      display: block;
      margin-block-end: var(--cf-space-4);
    }
  `,
})
export class PasswordPage {
  private readonly me = inject(MeApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly busy = signal(false);
  protected readonly changed = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected async submit(): Promise<void> {
    this.message.set(null);
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await firstValueFrom(this.me.changePassword(currentPassword, newPassword));
      this.formDirective().resetForm();
      this.changed.set(true);
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
