import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { IDEA_FIELD_KINDS, type IdeaFieldKind } from '@crowdforge/contracts';
import { FieldErrorPipe, TagsField } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { type BriefForm, ideaFieldForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { RowActions } from '../row-actions';
import { nextKey } from './next-key';

const isChoice = (kind: IdeaFieldKind) => kind === 'single_choice' || kind === 'multiple_choice';

/** The fields of the idea form beyond title and description: kind, label, help, required, choices. */
@Component({
  selector: 'cf-idea-form-fields',
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
    TagsField,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let fields = form().controls.ideaForm;
    <ol class="rows" data-testid="editor-idea-fields">
      @for (field of fields.controls; track field; let index = $index) {
        @let controls = field.controls;
        <li class="row" data-testid="editor-idea-field">
          <div class="row-head">
            <h3>{{ 'challenges.editor.ideaField' | transloco: { number: index + 1 } }}</h3>
            <cf-row-actions [array]="fields" [index]="index" [count]="fields.length" [label]="controls.label.value" />
          </div>
          <div class="row-fields">
            <mat-form-field class="wide">
              <mat-label>{{ 'challenges.editor.fieldLabel' | transloco }}</mat-label>
              <input matInput [formControl]="controls.label" required data-testid="editor-idea-field-label" />
              <mat-error>{{ controls.label.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="narrow">
              <mat-label>{{ 'challenges.editor.fieldKind' | transloco }}</mat-label>
              <mat-select [formControl]="controls.kind" data-testid="editor-idea-field-kind">
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ 'challenges.editor.fieldKinds.' + kind | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field class="narrow">
              <mat-label>{{ 'challenges.editor.key' | transloco }}</mat-label>
              <input matInput [formControl]="controls.key" required data-testid="editor-idea-field-key" />
              <mat-hint>{{ 'challenges.editor.keyHint' | transloco }}</mat-hint>
              <mat-error>{{ controls.key.errors | cfFieldError }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'challenges.editor.fieldHelp' | transloco }}</mat-label>
            <input matInput [formControl]="controls.help" data-testid="editor-idea-field-help" />
            <mat-error>{{ controls.help.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          @if (isChoice(controls.kind.value)) {
            <cf-tags-field
              [control]="controls.options"
              [label]="'challenges.editor.fieldOptions' | transloco"
              [hint]="'challenges.editor.fieldOptionsHint' | transloco"
              [maxLength]="80"
              testId="editor-idea-field-options"
            />
          }
          <mat-checkbox [formControl]="controls.required" data-testid="editor-idea-field-required">
            {{ 'challenges.editor.required' | transloco }}
          </mat-checkbox>
        </li>
      } @empty {
        <li class="none">{{ 'challenges.editor.noIdeaFields' | transloco }}</li>
      }
    </ol>
    <button mat-stroked-button type="button" (click)="add()" data-testid="editor-add-idea-field">
      <mat-icon svgIcon="add" aria-hidden="true" />
      {{ 'challenges.editor.addIdeaField' | transloco }}
    </button>
  `,
})
export class IdeaFormFields {
  readonly form = input.required<BriefForm>();

  protected readonly kinds = IDEA_FIELD_KINDS;
  protected readonly isChoice = isChoice;

  constructor() {
    refreshOnFormEvents(this.form);
  }

  protected add(): void {
    const fields = this.form().controls.ideaForm;
    fields.push(ideaFieldForm({ key: nextKey('field', fields.getRawValue()) }));
    fields.markAsDirty();
  }
}
