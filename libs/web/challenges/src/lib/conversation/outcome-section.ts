import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { CONVERSATION_STYLES } from './conversation-styles';
import { injectSubmission } from '@crowdforge/web-ui';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** Closing the loop: the thank-you and outcome once closed; for organisers, the form that closes it. */
@Component({
  selector: 'cf-outcome-section',
  imports: [MatButton, MatFormField, MatInput, MatLabel, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (challenge().closeOut; as closeOut) {
      <section class="cf-card outcome" aria-labelledby="outcome" data-testid="close-out">
        <h2 id="outcome">{{ 'challenges.conversation.outcome.title' | transloco }}</h2>
        <div [innerHTML]="closeOut.thankYou.html"></div>
        <h3>{{ 'challenges.conversation.outcome.whatHappened' | transloco }}</h3>
        <div [innerHTML]="closeOut.outcome.html"></div>
      </section>
    } @else if (challenge().viewer.canManage && challenge().state === 'published') {
      <details class="cf-card" data-testid="close-panel">
        <summary>{{ 'challenges.conversation.outcome.close' | transloco }}</summary>
        <form [formGroup]="form" (ngSubmit)="close()">
          <p>{{ 'challenges.conversation.outcome.lead' | transloco }}</p>
          <mat-form-field>
            <mat-label>{{ 'challenges.conversation.outcome.thankYou' | transloco }}</mat-label>
            <textarea matInput rows="3" formControlName="thankYou" data-testid="close-thank-you"></textarea>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'challenges.conversation.outcome.outcome' | transloco }}</mat-label>
            <textarea matInput rows="4" formControlName="outcome" data-testid="close-outcome"></textarea>
          </mat-form-field>
          @if (submission.failure(); as failure) {
            <p class="error" role="alert">{{ failure }}</p>
          }
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="close-submit">
              {{ 'challenges.conversation.outcome.closeNow' | transloco }}
            </button>
          </div>
        </form>
      </details>
    }
  `,
  styles: [
    CONVERSATION_STYLES,
    `
      summary {
        cursor: pointer;
        font: var(--mat-sys-title-medium);
      }
    `,
  ],
})
export class OutcomeSection {
  private readonly api = inject(ConversationApi);

  readonly challenge = input.required<ChallengeDetail>();
  readonly closed = output<ChallengeDetail>();

  protected readonly form = new FormGroup({
    thankYou: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(10)] }),
    outcome: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(10)] }),
  });
  protected readonly submission = injectSubmission(injectErrorText());

  protected async close(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.send(
      this.api.close(this.challenge().id, this.form.getRawValue()),
      'challenges.conversation.outcome.closedToast',
      (closed) => this.closed.emit(closed),
    );
  }
}
