import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { ChallengeDetail, EligibilityQuestion, JoinChallengeInput } from '@crowdforge/contracts';
import { SIGN_IN_PATH, SessionStore } from '@crowdforge/web-identity-data';
import { applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  ToastService,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';

/** `true` for a confirmed statement, else the text answer. */
type Answer = FormControl<boolean | string>;

/** One control per eligibility question: a checkbox to confirm, or a short text. */
function answerControl(question: EligibilityQuestion): Answer {
  if (question.kind === 'confirm') {
    return new FormControl<boolean | string>(false, {
      nonNullable: true,
      validators: question.required ? Validators.requiredTrue : [],
    });
  }
  return new FormControl<boolean | string>('', {
    nonNullable: true,
    validators: [Validators.maxLength(500), ...(question.required ? [Validators.required] : [])],
  });
}

/**
 * Taking part: the eligibility questions and an explicit acceptance of the licence, then
 * `POST participation`. Anonymous visitors get a sign-in link that comes back here.
 */
@Component({
  selector: 'cf-join-panel',
  imports: [
    Alert,
    FieldErrorPipe,
    FormMessageView,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = challenge();
    <section class="cf-card panel" aria-labelledby="join-title" data-testid="join-panel">
      <h2 id="join-title">{{ 'challenges.join.title' | transloco }}</h2>
      @if (item.viewer.isParticipant) {
        <cf-alert kind="success" data-testid="join-participant">
          <p>{{ 'challenges.join.participant' | transloco }}</p>
        </cf-alert>
        @if (submissionOpen()) {
          <a
            mat-flat-button
            class="write"
            [routerLink]="['/challenges', item.id, 'ideas', 'new']"
            data-testid="write-idea"
          >
            <mat-icon svgIcon="lightbulb" aria-hidden="true" />
            {{ 'challenges.join.writeIdea' | transloco }}
          </a>
        }
      } @else if (!signedIn()) {
        <p class="lead">{{ 'challenges.join.signInLead' | transloco }}</p>
        <a
          mat-flat-button
          [routerLink]="signInPath"
          [queryParams]="{ returnUrl: returnUrl() }"
          data-testid="join-sign-in"
        >
          <mat-icon svgIcon="login" aria-hidden="true" />
          {{ 'challenges.join.signIn' | transloco }}
        </a>
      } @else if (item.viewer.canTakePart) {
        @let joinForm = form();
        <form [formGroup]="joinForm" (ngSubmit)="join()" novalidate class="cf-stack" data-testid="join-form">
          <p class="lead">
            {{ (item.eligibility.length ? 'challenges.join.lead' : 'challenges.join.leadLicenceOnly') | transloco }}
          </p>
          <cf-form-message [message]="message()" />
          @for (question of item.eligibility; track question.key) {
            @let control = answer(question.key);
            @if (question.kind === 'confirm') {
              <div class="confirm">
                <mat-checkbox
                  [formControl]="control"
                  [required]="question.required"
                  [aria-describedby]="'join-error-' + question.key"
                  [attr.data-testid]="'join-question-' + question.key"
                  >{{ question.prompt }}</mat-checkbox
                >
                <p class="error" [id]="'join-error-' + question.key">
                  @if (control.touched && control.invalid) {
                    {{ 'challenges.join.confirmRequired' | transloco }}
                  }
                </p>
              </div>
            } @else {
              <mat-form-field>
                <mat-label>{{ question.prompt }}</mat-label>
                <input
                  matInput
                  [formControl]="control"
                  [required]="question.required"
                  [attr.data-testid]="'join-question-' + question.key"
                />
                <mat-error>{{ control.errors | cfFieldError }}</mat-error>
              </mat-form-field>
            }
          }
          <div class="confirm licence">
            <p class="licence-name">
              {{ 'challenges.licence.kinds.' + item.licence.kind | transloco }} ·
              {{ 'challenges.licence.version' | transloco: { version: item.licence.version } }} ·
              <a [routerLink]="[]" fragment="licence" queryParamsHandling="preserve" (click)="focusLicence()">{{
                'challenges.join.readLicence' | transloco
              }}</a>
            </p>
            <mat-checkbox
              [formControl]="joinForm.controls.acceptLicence"
              [required]="true"
              aria-describedby="join-error-licence"
              data-testid="join-licence"
              >{{ 'challenges.join.acceptLicence' | transloco }}</mat-checkbox
            >
            <p class="error" id="join-error-licence">
              @if (joinForm.controls.acceptLicence.touched && joinForm.controls.acceptLicence.invalid) {
                {{
                  joinForm.controls.acceptLicence.errors?.['server'] ?? ('challenges.join.licenceRequired' | transloco)
                }}
              }
            </p>
          </div>
          <div class="cf-form-actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="join-submit">
              <mat-icon svgIcon="how_to_reg" aria-hidden="true" />
              {{ 'challenges.join.submit' | transloco }}
            </button>
          </div>
        </form>
      } @else {
        <p class="lead" data-testid="join-unavailable">
          {{ (item.stage === 'closed' ? 'challenges.join.closed' : 'challenges.join.unavailable') | transloco }}
        </p>
      }
    </section>
  `,
  styleUrl: './join-panel.scss',
})
export class JoinPanel {
  private readonly api = inject(ChallengesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  readonly challenge = input.required<ChallengeDetail>();
  readonly joined = output<ChallengeDetail>();

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly signedIn = this.session.signedIn;
  /** Rebuilt for each challenge: its own questions. */
  protected readonly form = computed(() => {
    const answers: Record<string, Answer> = {};
    for (const question of this.challenge().eligibility) {
      answers[question.key] = answerControl(question);
    }
    return new FormGroup({
      answers: new FormGroup(answers),
      acceptLicence: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
    });
  });
  /** Ideas are written while the submission window is open. */
  protected readonly submissionOpen = computed(() =>
    this.challenge().windows.some((window) => window.kind === 'submission' && window.open),
  );
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected answer(key: string): Answer {
    return this.form().controls.answers.controls[key];
  }

  /** Back to this page (with its `?key=`) after signing in. */
  protected returnUrl(): string {
    return this.router.url;
  }

  /** The link scrolls to the licence; keyboard focus goes along. */
  protected focusLicence(): void {
    this.document.getElementById('licence')?.focus({ preventScroll: true });
  }

  protected async join(): Promise<void> {
    const form = this.form();
    this.message.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const challenge = this.challenge();
    const input: JoinChallengeInput = {
      answers: answersOf(challenge.eligibility, form.controls.answers.getRawValue()),
      acceptLicenceVersion: challenge.licence.version,
    };
    try {
      const updated = await firstValueFrom(this.api.join(challenge.id, input));
      this.toast.success('challenges.join.joined', { title: updated.title });
      this.joined.emit(updated);
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(form, error, { acceptLicenceVersion: 'acceptLicence' })));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}

/** Confirmations as booleans, texts trimmed; optional questions left empty are not sent. */
function answersOf(
  questions: readonly EligibilityQuestion[],
  values: Record<string, string | boolean>,
): Record<string, string | boolean> {
  const answers: Record<string, string | boolean> = {};
  for (const question of questions) {
    const value = values[question.key];
    if (typeof value === 'boolean') {
      answers[question.key] = value;
    } else if (value.trim()) {
      answers[question.key] = value.trim();
    }
  }
  return answers;
}
