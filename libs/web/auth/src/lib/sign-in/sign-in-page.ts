import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SessionStore, safeReturnUrl } from '@crowdforge/web-identity-data';
import { AccountsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  PasswordToggle,
  ToastService,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthCard } from '../shared/auth-card';
import { tooManyAttempts } from '../shared/form-message';

/** Email and password; afterwards back to the page that asked for it (`?returnUrl=`). */
@Component({
  selector: 'cf-sign-in-page',
  imports: [
    Alert,
    AuthCard,
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatError,
    MatFormField,
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
    <cf-auth-card icon="login" [title]="'auth.signIn.title' | transloco" [lead]="'auth.signIn.lead' | transloco">
      @if (unverified()) {
        <cf-alert kind="warning" data-testid="sign-in-unverified" [title]="'auth.signIn.unverifiedTitle' | transloco">
          <p>{{ 'auth.signIn.unverified' | transloco }}</p>
          @if (resent()) {
            <p data-testid="sign-in-resent">{{ 'auth.verify.resent' | transloco }}</p>
          } @else {
            <button mat-stroked-button type="button" (click)="resend()" data-testid="sign-in-resend">
              {{ 'auth.verify.resend' | transloco }}
            </button>
          }
        </cf-alert>
      }
      <cf-form-message [message]="message()" />
      <form class="cf-stack" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-in-form">
        <mat-form-field>
          <mat-label>{{ 'auth.fields.email' | transloco }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="email"
            required
            data-testid="sign-in-email"
          />
          <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'auth.fields.password' | transloco }}</mat-label>
          <input
            #password
            matInput
            type="password"
            formControlName="password"
            autocomplete="current-password"
            required
            data-testid="sign-in-password"
          />
          <cf-password-toggle matSuffix [input]="password" />
          <mat-error>{{ form.controls.password.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <a class="forgot" routerLink="/forgot-password" data-testid="forgot-password-link">{{
          'auth.signIn.forgot' | transloco
        }}</a>
        <button mat-flat-button type="submit" class="submit" [disabled]="busy()" data-testid="sign-in-submit">
          {{ (busy() ? 'auth.signIn.busy' : 'auth.signIn.submit') | transloco }}
        </button>
      </form>
      <p class="switch">
        {{ 'auth.signIn.noAccount' | transloco }}
        <a routerLink="/sign-up" data-testid="sign-up-instead">{{ 'auth.signIn.createAccount' | transloco }}</a>
      </p>
    </cf-auth-card>
  `,
  styles: `
    .forgot {
      align-self: flex-start;
      margin-block-end: var(--cf-space-2);
      font: var(--mat-sys-label-large);
    }
    .submit {
      min-block-size: 3rem;
    }
    .switch {
      margin: 0;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly accounts = inject(AccountsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly unverified = signal(false);
  protected readonly resent = signal(false);

  protected async submit(): Promise<void> {
    this.message.set(null);
    this.unverified.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    try {
      const user = await this.session.signIn(email, password);
      this.toast.success('auth.signIn.welcome', { name: user.displayName });
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(): Promise<void> {
    try {
      await firstValueFrom(this.accounts.resendVerification(this.form.controls.email.value));
    } catch {
      // Nothing to tell: the answer is the same whether or not the address has an account.
    }
    this.resent.set(true);
  }

  private showError(error: unknown): void {
    const status = error instanceof HttpErrorResponse ? error.status : null;
    if (status === 401) {
      this.message.set({ key: 'auth.signIn.wrongCredentials' });
      return;
    }
    if (status === 403) {
      this.unverified.set(true);
      this.resent.set(false);
      return;
    }
    this.message.set(tooManyAttempts(error) ?? formMessageOf(applyProblemToForm(this.form, error)));
  }
}
