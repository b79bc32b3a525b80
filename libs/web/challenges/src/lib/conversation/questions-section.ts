import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ErrorState, LoadingState, LocalDatePipe, ToastService } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ConversationApi } from '../data/conversation.api';
import { injectErrorText } from '../shared/describe-error';
import { CONVERSATION_STYLES } from './conversation-styles';
import { mayTalk } from './may-talk';

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
                (ngSubmit)="answer(question.id)"
                aria-label="{{ 'challenges.conversation.questions.answer' | transloco }}"
              >
                <mat-form-field>
                  <mat-label>{{ 'challenges.conversation.questions.answer' | transloco }}</mat-label>
                  <textarea
                    matInput
                    rows="3"
                    [formControl]="answerOf(question.id)"
                    data-testid="answer-input"
                  ></textarea>
                </mat-form-field>
                <div class="actions">
                  <button mat-flat-button type="submit" [disabled]="busy()" data-testid="answer-submit">
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
      <form (ngSubmit)="ask()" data-testid="ask-form">
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.questions.ask' | transloco }}</mat-label>
          <textarea matInput rows="3" [formControl]="question" data-testid="ask-input"></textarea>
        </mat-form-field>
        @if (failure()) {
          <p class="error" role="alert">{{ failure() }}</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ask-submit">
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
  private readonly toast = inject(ToastService);
  protected readonly errorText = injectErrorText();
  protected readonly mayTalk = mayTalk;

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly questions = rxResource({
    params: () => this.challenge().id,
    stream: ({ params }) => this.api.questions(params),
  });
  protected readonly question = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(2000)],
  });
  private readonly answers = new Map<string, FormControl<string>>();
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected answerOf(questionId: string): FormControl<string> {
    let control = this.answers.get(questionId);
    if (!control) {
      control = new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(5000)],
      });
      this.answers.set(questionId, control);
    }
    return control;
  }

  protected async ask(): Promise<void> {
    if (this.question.invalid) return;
    await this.run(
      () => this.api.ask(this.challenge().id, this.question.value.trim()),
      'challenges.conversation.questions.sent',
    );
    this.question.reset();
  }

  protected async answer(questionId: string): Promise<void> {
    const control = this.answerOf(questionId);
    if (control.invalid) return;
    await this.run(
      () => this.api.answer(this.challenge().id, questionId, control.value.trim()),
      'challenges.conversation.questions.answered',
    );
  }

  private async run(call: () => ReturnType<ConversationApi['ask']>, successKey: string): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(call());
      this.toast.success(successKey);
      this.questions.reload();
    } catch (error) {
      this.failure.set(this.errorText(error));
    } finally {
      this.busy.set(false);
    }
  }
}
