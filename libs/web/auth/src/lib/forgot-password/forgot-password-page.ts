import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AccountsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, FormMessage, FormMessageView, focusFirstInvalid } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthCard } from '../shared/auth-card';
import { tooManyAttempts } from '../shared/form-message';

/** Asks for a password reset link (the same answer whether or not the address is known). */
@Component({
  selector: 'cf-forgot-password-page',
  imports: [
    AuthCard,
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sentTo(); as email) {
      <cf-auth-card
        icon="forward_to_inbox"
        [title]="'auth.forgot.sentTitle' | transloco"
        [lead]="'auth.forgot.sent' | transloco: { email }"
      >
        <div class="cf-form-actions" data-testid="forgot-sent">
          <a mat-flat-button routerLink="/sign-in">{{ 'auth.toSignIn' | transloco }}</a>
        </div>
      </cf-auth-card>
    } @else {
      <cf-auth-card icon="lock_reset" [title]="'auth.forgot.title' | transloco" [lead]="'auth.forgot.lead' | transloco">
        <cf-form-message [message]="message()" />
        <form class="cf-stack" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="forgot-form">
          <mat-form-field>
            <mat-label>{{ 'auth.fields.email' | transloco }}</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="email"
              required
              data-testid="forgot-email"
            />
            <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="forgot-submit">
            {{ 'auth.forgot.submit' | transloco }}
          </button>
        </form>
        <a class="back" routerLink="/sign-in">{{ 'auth.backToSignIn' | transloco }}</a>
      </cf-auth-card>
    }
  `,
  styles: `
    .back {
      align-self: center;
    }
  `,
})
export class ForgotPasswordPage {
  private readonly accounts = inject(AccountsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const email = this.form.controls.email.value.trim();
    try {
      await firstValueFrom(this.accounts.requestPasswordReset(email));
      this.sentTo.set(email);
    } catch (error) {
      this.message.set(tooManyAttempts(error) ?? formMessageOf(applyProblemToForm(this.form, error)));
    } finally {
      this.busy.set(false);
    }
  }
}
