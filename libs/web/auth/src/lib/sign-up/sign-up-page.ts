import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { LanguageService } from '@crowdforge/web-core';
import { AccountsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
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
import { AuthCard } from '../shared/auth-card';
import { PASSWORD_MIN_LENGTH, tooManyAttempts } from '../shared/form-message';

/** Name, email and password; then "check your email" (the same answer whether or not the address is known). */
@Component({
  selector: 'cf-sign-up-page',
  imports: [
    Alert,
    AuthCard,
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
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sentTo(); as email) {
      <cf-auth-card
        icon="mark_email_read"
        [title]="'auth.signUp.sentTitle' | transloco"
        [lead]="'auth.signUp.sentLead' | transloco: { email }"
      >
        <div data-testid="sign-up-sent" class="cf-stack">
          <p class="cf-muted note">{{ 'auth.signUp.sentHelp' | transloco }}</p>
          @if (resent()) {
            <cf-alert kind="success" data-testid="sign-up-resent">
              <p>{{ 'auth.verify.resent' | transloco }}</p>
            </cf-alert>
          }
          <div class="cf-form-actions">
            <a mat-flat-button routerLink="/sign-in" data-testid="sign-up-to-sign-in">{{
              'auth.toSignIn' | transloco
            }}</a>
            <button mat-button type="button" (click)="resend(email)" data-testid="sign-up-resend">
              {{ 'auth.verify.resend' | transloco }}
            </button>
          </div>
        </div>
      </cf-auth-card>
    } @else {
      <cf-auth-card icon="person_add" [title]="'auth.signUp.title' | transloco" [lead]="'auth.signUp.lead' | transloco">
        <cf-form-message [message]="message()" />
        <form class="cf-stack" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-up-form">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'auth.fields.displayName' | transloco }}</mat-label>
            <input matInput formControlName="displayName" autocomplete="name" required data-testid="sign-up-name" />
            <mat-hint>{{ 'auth.signUp.displayNameHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.displayName.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'auth.fields.email' | transloco }}</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="email"
              required
              data-testid="sign-up-email"
            />
            <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'auth.fields.password' | transloco }}</mat-label>
            <input
              #password
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
              data-testid="sign-up-password"
            />
            <cf-password-toggle matSuffix [input]="password" />
            <mat-hint>{{ 'auth.passwordHint' | transloco: { min: minLength } }}</mat-hint>
            <mat-error>{{ form.controls.password.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" class="submit" [disabled]="busy()" data-testid="sign-up-submit">
            {{ (busy() ? 'auth.signUp.busy' : 'auth.signUp.submit') | transloco }}
          </button>
        </form>
        <p class="switch">
          {{ 'auth.signUp.haveAccount' | transloco }}
          <a routerLink="/sign-in" data-testid="sign-in-instead">{{ 'auth.signUp.signIn' | transloco }}</a>
        </p>
      </cf-auth-card>
    }
  `,
  styles: `
    .submit {
      min-block-size: 3rem;
      margin-block-start: var(--cf-space-2);
    }
    .switch,
    .note {
      margin: 0;
    }
    .switch {
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SignUpPage {
  private readonly accounts = inject(AccountsApi);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(80)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly resent = signal(false);

  protected async submit(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { displayName, email, password } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.accounts.signUp({
          displayName: displayName.trim(),
          email: email.trim(),
          password,
          language: this.language.active(),
        }),
      );
      this.sentTo.set(email.trim());
    } catch (error) {
      this.message.set(tooManyAttempts(error) ?? formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(email: string): Promise<void> {
    try {
      await firstValueFrom(this.accounts.resendVerification(email));
    } catch {
      // Nothing to tell: the answer is the same whether or not the address has an account.
    }
    this.resent.set(true);
  }
}
