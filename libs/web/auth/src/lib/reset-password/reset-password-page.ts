import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AccountsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, FormMessage, FormMessageView, PasswordToggle, focusFirstInvalid } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthCard } from '../shared/auth-card';
import { PASSWORD_MIN_LENGTH, tooManyAttempts } from '../shared/form-message';

type ResetState = 'form' | 'done' | 'invalid-link';

/** Opened from the emailed link `/reset-password?token=…`: choose a new password. */
@Component({
  selector: 'cf-reset-password-page',
  imports: [
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
    @switch (state()) {
      @case ('done') {
        <cf-auth-card
          icon="check_circle"
          [title]="'auth.reset.doneTitle' | transloco"
          [lead]="'auth.reset.done' | transloco"
        >
          <div class="cf-form-actions" data-testid="reset-done">
            <a mat-flat-button routerLink="/sign-in">{{ 'auth.toSignIn' | transloco }}</a>
          </div>
        </cf-auth-card>
      }
      @case ('invalid-link') {
        <cf-auth-card
          icon="link"
          [title]="'auth.reset.invalidTitle' | transloco"
          [lead]="'auth.reset.invalid' | transloco"
        >
          <div class="cf-form-actions" data-testid="reset-invalid">
            <a mat-flat-button routerLink="/forgot-password">{{ 'auth.reset.newLink' | transloco }}</a>
          </div>
        </cf-auth-card>
      }
      @default {
        <cf-auth-card icon="lock_reset" [title]="'auth.reset.title' | transloco" [lead]="'auth.reset.lead' | transloco">
          <cf-form-message [message]="message()" />
          <form class="cf-stack" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="reset-form">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'auth.fields.newPassword' | transloco }}</mat-label>
              <input
                #password
                matInput
                type="password"
                formControlName="password"
                autocomplete="new-password"
                required
                data-testid="reset-password"
              />
              <cf-password-toggle matSuffix [input]="password" />
              <mat-hint>{{ 'auth.passwordHint' | transloco: { min: minLength } }}</mat-hint>
              <mat-error>{{ form.controls.password.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="reset-submit">
              {{ 'auth.reset.submit' | transloco }}
            </button>
          </form>
        </cf-auth-card>
      }
    }
  `,
})
export class ResetPasswordPage {
  private readonly accounts = inject(AccountsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token')?.trim() ?? '';

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly state = signal<ResetState>(this.token ? 'form' : 'invalid-link');
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected async submit(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.accounts.resetPassword(this.token, this.form.controls.password.value));
      this.state.set('done');
    } catch (error) {
      const limited = tooManyAttempts(error);
      const problem = applyProblemToForm(this.form, error);
      if (limited) {
        this.message.set(limited);
      } else if (problem.status === 400 && problem.fields.length === 0) {
        // Not about the password: the link is unknown, used or expired.
        this.state.set('invalid-link');
      } else {
        this.message.set(formMessageOf(problem));
        focusFirstInvalid(this.host.nativeElement);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
