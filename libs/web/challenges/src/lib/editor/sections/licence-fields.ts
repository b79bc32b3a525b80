import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { LICENCE_KINDS } from '@crowdforge/contracts';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BriefForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';

/** The licence participants accept for their ideas: a standard one, or terms written here. */
@Component({
  selector: 'cf-licence-fields',
  imports: [
    FieldErrorPipe,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-stack' },
  template: `
    @let licence = form().controls.licence.controls;
    <mat-radio-group
      class="options"
      [formControl]="licence.kind"
      [attr.aria-label]="'challenges.licence.title' | transloco"
      data-testid="editor-licence"
    >
      @for (kind of kinds; track kind) {
        <mat-radio-button [value]="kind" [attr.data-testid]="'editor-licence-' + kind">
          {{ 'challenges.licence.kinds.' + kind | transloco }}
          <span class="option-hint">{{ 'challenges.editor.licenceHints.' + kind | transloco }}</span>
        </mat-radio-button>
      }
    </mat-radio-group>
    @if (licence.kind.value === 'custom') {
      <mat-form-field>
        <mat-label>{{ 'challenges.editor.licenceText' | transloco }}</mat-label>
        <textarea matInput rows="6" [formControl]="licence.text" required data-testid="editor-licence-text"></textarea>
        <mat-hint>{{ 'challenges.editor.licenceTextHint' | transloco }}</mat-hint>
        <mat-error>{{ licence.text.errors | cfFieldError }}</mat-error>
      </mat-form-field>
    }
  `,
})
export class LicenceFields {
  readonly form = input.required<BriefForm>();

  protected readonly kinds = LICENCE_KINDS;

  constructor() {
    refreshOnFormEvents(this.form);
  }
}
