import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { SessionStore } from '@crowdforge/web-identity-data';
import { AccountsApi } from '@crowdforge/web-identity-data/api';
import { Alert, FieldErrorPipe, LoadingState } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthCard } from '../shared/auth-card';

type VerifyState = 'verifying' | 'verified' | 'failed';

/** Opened from the emailed link `/verify-email?token=…`: confirms the address at once. */
@Component({
  selector: 'cf-verify-email-page',
  imports: [
    Alert,
    AuthCard,
    FieldErrorPipe,
    LoadingState,
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
    @switch (state()) {
      @case ('verifying') {
        <cf-auth-card icon="mail" [title]="'auth.verify.verifyingTitle' | transloco">
          <cf-loading-state data-testid="verify-busy" [label]="'auth.verify.verifying' | transloco" />
        </cf-auth-card>
      }
      @case ('verified') {
        <cf-auth-card
          icon="verified_user"
          [title]="'auth.verify.doneTitle' | transloco"
          [lead]="'auth.verify.done' | transloco"
        >
          <div data-testid="verify-success" class="cf-form-actions">
            @if (session.signedIn()) {
              <a mat-flat-button routerLink="/" data-testid="verify-continue">{{
                'auth.verify.continue' | transloco
              }}</a>
            } @else {
              <a mat-flat-button routerLink="/sign-in" data-testid="verify-sign-in">{{
                'auth.toSignIn' | transloco
              }}</a>
            }
          </div>
        </cf-auth-card>
      }
      @case ('failed') {
        <cf-auth-card
          icon="link"
          [title]="'auth.verify.failedTitle' | transloco"
          [lead]="'auth.verify.failed' | transloco"
        >
          <div data-testid="verify-failure" class="cf-stack">
            @if (resent()) {
              <cf-alert kind="success" data-testid="verify-resent">
                <p>{{ 'auth.verify.resent' | transloco }}</p>
              </cf-alert>
            } @else {
              <form class="cf-stack" [formGroup]="form" (ngSubmit)="resend()" novalidate>
                <mat-form-field>
                  <mat-label>{{ 'auth.fields.email' | transloco }}</mat-label>
                  <input
                    matInput
                    type="email"
                    formControlName="email"
                    autocomplete="email"
                    required
                    data-testid="verify-email"
                  />
                  <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
                </mat-form-field>
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="verify-resend">
                  {{ 'auth.verify.resend' | transloco }}
                </button>
              </form>
            }
            <a routerLink="/sign-in">{{ 'auth.toSignIn' | transloco }}</a>
          </div>
        </cf-auth-card>
      }
    }
  `,
})
export class VerifyEmailPage implements OnInit {
  private readonly accounts = inject(AccountsApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly session = inject(SessionStore);

  protected readonly state = signal<VerifyState>('verifying');
  protected readonly busy = signal(false);
  protected readonly resent = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  async ngOnInit(): Promise<void> {
    const token = this.route.snapshot.queryParamMap.get('token')?.trim();
    if (!token) {
      this.state.set('failed');
      return;
    }
    try {
      await firstValueFrom(this.accounts.verifyEmail(token));
      this.state.set('verified');
      if (this.session.signedIn()) {
        void this.session.refresh();
      }
    } catch {
      this.state.set('failed');
    }
  }

  protected async resend(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.accounts.resendVerification(this.form.controls.email.value.trim()));
    } catch {
      // Nothing to tell: the answer is the same whether or not the address has an account.
    } finally {
      this.busy.set(false);
    }
    this.resent.set(true);
  }
}
