import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { LANGUAGE_OPTIONS } from '@crowdforge/web-core';
import { FieldErrorPipe, TagsField } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BriefForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { CoverField } from './cover-field';

/** Title, tagline, language, cover image and themes. */
@Component({
  selector: 'cf-basics-fields',
  imports: [
    CoverField,
    FieldErrorPipe,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    TagsField,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-stack' },
  template: `
    @let controls = form().controls;
    <mat-form-field>
      <mat-label>{{ 'challenges.editor.title' | transloco }}</mat-label>
      <input matInput [formControl]="controls.title" required data-testid="editor-title" />
      <mat-error>{{ controls.title.errors | cfFieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'challenges.editor.tagline' | transloco }}</mat-label>
      <input matInput [formControl]="controls.tagline" data-testid="editor-tagline" />
      <mat-hint>{{ 'challenges.editor.taglineHint' | transloco }}</mat-hint>
      <mat-error>{{ controls.tagline.errors | cfFieldError }}</mat-error>
    </mat-form-field>
    <div class="choice">
      <span class="choice-label" id="editor-language-label">{{ 'challenges.editor.language' | transloco }}</span>
      <mat-radio-group
        [formControl]="controls.language"
        aria-labelledby="editor-language-label"
        data-testid="editor-language"
      >
        @for (option of languages; track option.code) {
          <mat-radio-button [value]="option.code" [attr.lang]="option.code">{{ option.name }}</mat-radio-button>
        }
      </mat-radio-group>
    </div>
    <cf-cover-field [challenge]="challenge()" />
    <cf-tags-field
      [control]="controls.themes"
      [label]="'challenges.editor.themes' | transloco"
      [hint]="'challenges.editor.themesHint' | transloco"
      [maxLength]="40"
      testId="editor-themes"
    />
  `,
})
export class BasicsFields {
  readonly form = input.required<BriefForm>();
  /** The saved challenge, whose cover is uploaded at once; null for a new one. */
  readonly challenge = input<ChallengeDetail | null>(null);

  protected readonly languages = LANGUAGE_OPTIONS;

  constructor() {
    refreshOnFormEvents(this.form);
  }
}
