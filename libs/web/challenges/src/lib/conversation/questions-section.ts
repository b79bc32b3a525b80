import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ErrorState, injectSubmission, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { CONVERSATION_STYLES } from './conversation-styles';
import { KeyedForms } from './keyed-forms';
import { mayTalk } from './may-talk';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** Questions about the brief, answered publicly; organisers answer in place. */
@Component({
  selector: 'cf-questions-section',
  imports: [
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="questions">{{ 'challenges.conversation.questions.title' | transloco }}</h2>
    @if (questions.error()) {
      <cf-error-state [message]="errorText(questions.error())" (retry)="questions.reload()" />
    } @else if (questions.hasValue()) {
      <ul class="items" data-testid="questions">
        @for (question of questions.value(); track question.id) {
          <li class="item" data-testid="question">
            <p class="body">{{ question.body }}</p>
            <p class="meta">{{ question.author }} · {{ question.createdAt | cfDate: 'dateTime' }}</p>
            @if (question.answer; as answer) {
              <div class="reply" data-testid="question-answer">
                <div [innerHTML]="answer.body.html"></div>
                <p class="meta">
                  {{ 'challenges.conversation.questions.answeredBy' | transloco: { name: answer.by } }}
                </p>
              </div>
            } @else if (challenge().viewer.canManage) {
              <form
                [formGroup]="answers.of(question.id)"
                (ngSubmit)="answer(question.id)"
                aria-label="{{ 'challenges.conversation.questions.answer' | transloco }}"
              >
                <mat-form-field>
                  <mat-label>{{ 'challenges.conversation.questions.answer' | transloco }}</mat-label>
                  <textarea matInput rows="3" formControlName="body" data-testid="answer-input"></textarea>
                </mat-form-field>
                <div class="actions">
                  <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="answer-submit">
                    {{ 'challenges.conversation.questions.publishAnswer' | transloco }}
                  </button>
                </div>
              </form>
            }
          </li>
        } @empty {
          <li class="empty">{{ 'challenges.conversation.questions.empty' | transloco }}</li>
        }
      </ul>
    } @else {
      <cf-loading-state [diameter]="24" />
    }
    @if (mayTalk(challenge())) {
      <form [formGroup]="question" (ngSubmit)="ask()" data-testid="ask-form">
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.questions.ask' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="body" data-testid="ask-input"></textarea>
        </mat-form-field>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="ask-submit">
            {{ 'challenges.conversation.questions.send' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styles: CONVERSATION_STYLES,
})
export class QuestionsSection {
  private readonly api = inject(ConversationApi);
  protected readonly errorText = injectErrorText();
  protected readonly mayTalk = mayTalk;
  protected readonly submission = injectSubmission(injectErrorText());

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly questions = rxResource({
    params: () => this.challenge().id,
    stream: ({ params }) => this.api.questions(params),
  });
  protected readonly question = textForm(3, 2000);
  protected readonly answers = new KeyedForms(() => textForm(1, 5000));

  protected async ask(): Promise<void> {
    if (this.question.invalid) return;
    const sent = await this.submission.send(
      this.api.ask(this.challenge().id, this.question.getRawValue().body.trim()),
      'challenges.conversation.questions.sent',
    );
    if (sent) {
      this.question.reset();
      this.questions.reload();
    }
  }

  protected async answer(questionId: string): Promise<void> {
    const form = this.answers.of(questionId);
    if (form.invalid) return;
    const sent = await this.submission.send(
      this.api.answer(this.challenge().id, questionId, form.getRawValue().body.trim()),
      'challenges.conversation.questions.answered',
    );
    if (sent) this.questions.reload();
  }
}

function textForm(minLength: number, maxLength: number) {
  return new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(minLength), Validators.maxLength(maxLength)],
    }),
  });
}
