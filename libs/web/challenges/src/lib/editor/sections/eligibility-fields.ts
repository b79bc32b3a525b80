import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ELIGIBILITY_KINDS } from '@crowdforge/contracts';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { type BriefForm, questionForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { RowActions } from '../row-actions';
import { nextKey } from './next-key';

/** What people confirm or answer when they join ("I am 18 or older", "Your company"). */
@Component({
  selector: 'cf-eligibility-fields',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RowActions,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let questions = form().controls.eligibility;
    <ol class="rows" data-testid="editor-questions">
      @for (question of questions.controls; track question; let index = $index) {
        @let controls = question.controls;
        <li class="row" data-testid="editor-question">
          <div class="row-head">
            <h3>{{ 'challenges.editor.question' | transloco: { number: index + 1 } }}</h3>
            <cf-row-actions
              [array]="questions"
              [index]="index"
              [count]="questions.length"
              [label]="controls.prompt.value"
            />
          </div>
          <mat-form-field>
            <mat-label>{{ 'challenges.editor.prompt' | transloco }}</mat-label>
            <input matInput [formControl]="controls.prompt" required data-testid="editor-question-prompt" />
            <mat-error>{{ controls.prompt.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <div class="row-fields">
            <mat-form-field class="narrow">
              <mat-label>{{ 'challenges.editor.answerKind' | transloco }}</mat-label>
              <mat-select [formControl]="controls.kind" data-testid="editor-question-kind">
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ 'challenges.editor.questionKinds.' + kind | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field class="narrow">
              <mat-label>{{ 'challenges.editor.key' | transloco }}</mat-label>
              <input matInput [formControl]="controls.key" required data-testid="editor-question-key" />
              <mat-hint>{{ 'challenges.editor.keyHint' | transloco }}</mat-hint>
              <mat-error>{{ controls.key.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-checkbox [formControl]="controls.required" data-testid="editor-question-required">
              {{ 'challenges.editor.required' | transloco }}
            </mat-checkbox>
          </div>
        </li>
      } @empty {
        <li class="none">{{ 'challenges.editor.noQuestions' | transloco }}</li>
      }
    </ol>
    <button mat-stroked-button type="button" (click)="add()" data-testid="editor-add-question">
      <mat-icon svgIcon="add" aria-hidden="true" />
      {{ 'challenges.editor.addQuestion' | transloco }}
    </button>
  `,
})
export class EligibilityFields {
  readonly form = input.required<BriefForm>();

  protected readonly kinds = ELIGIBILITY_KINDS;

  constructor() {
    refreshOnFormEvents(this.form);
  }

  protected add(): void {
    const questions = this.form().controls.eligibility;
    questions.push(questionForm({ key: nextKey('question', questions.getRawValue()) }));
    questions.markAsDirty();
  }
}
