import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import type { IdeaFormField } from '@crowdforge/contracts';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldControl } from './idea-form';

/** Up to this many options are radio buttons; more become a select. */
const MAX_RADIOS = 4;

/**
 * One field of the challenge's idea form (not a file field), drawn by its kind, with its
 * help text and a required mark.
 */
@Component({
  selector: 'cf-custom-field',
  imports: [
    FieldErrorPipe,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = field();
    @let id = 'idea-field-' + item.key;
    @if (item.kind === 'multiple_choice' || (item.kind === 'single_choice' && item.options.length <= maxRadios)) {
      <fieldset class="group" [attr.aria-describedby]="id + '-help'" [attr.data-testid]="id">
        <legend class="legend" [id]="id + '-label'">{{ item.label }}{{ item.required ? ' *' : '' }}</legend>
        @if (item.kind === 'multiple_choice') {
          @for (option of item.options; track option) {
            <mat-checkbox [checked]="isChosen(option)" (change)="toggle(option, $event.checked)">{{
              option
            }}</mat-checkbox>
          }
        } @else {
          <mat-radio-group [formControl]="control()" [attr.aria-labelledby]="id + '-label'">
            @for (option of item.options; track option) {
              <mat-radio-button [value]="option">{{ option }}</mat-radio-button>
            }
          </mat-radio-group>
        }
        <p class="help" [id]="id + '-help'">
          @if (control().touched && control().errors) {
            <span class="error">{{ control().errors | cfFieldError }}</span>
          } @else {
            {{ item.help }}
          }
        </p>
      </fieldset>
    } @else if (item.kind === 'single_choice') {
      <mat-form-field>
        <mat-label>{{ item.label }}</mat-label>
        <mat-select [formControl]="control()" [attr.data-testid]="id">
          @if (!item.required) {
            <mat-option value="">{{ 'ideas.editor.noChoice' | transloco }}</mat-option>
          }
          @for (option of item.options; track option) {
            <mat-option [value]="option">{{ option }}</mat-option>
          }
        </mat-select>
        @if (item.help) {
          <mat-hint>{{ item.help }}</mat-hint>
        }
        <mat-error>{{ control().errors | cfFieldError }}</mat-error>
      </mat-form-field>
    } @else {
      <mat-form-field>
        <mat-label>{{ item.label }}</mat-label>
        @if (item.kind === 'long_text') {
          <textarea matInput rows="4" [formControl]="control()" [attr.data-testid]="id"></textarea>
        } @else {
          <input
            matInput
            [type]="item.kind === 'number' ? 'number' : item.kind === 'url' ? 'url' : 'text'"
            [formControl]="control()"
            [attr.data-testid]="id"
          />
        }
        @if (item.help) {
          <mat-hint>{{ item.help }}</mat-hint>
        }
        <mat-error>{{ control().errors | cfFieldError }}</mat-error>
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .group {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      margin: 0 0 var(--cf-space-4);
      padding: 0;
      border: 0;
    }
    .legend {
      margin: 0 0 var(--cf-space-1);
      padding: 0;
      font: var(--mat-sys-body-large);
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1) var(--cf-space-3);
    }
    .help {
      margin: var(--cf-space-1) 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CustomField {
  readonly field = input.required<IdeaFormField>();
  readonly control = input.required<FieldControl>();

  protected readonly maxRadios = MAX_RADIOS;

  protected isChosen(option: string): boolean {
    const value = this.control().value;
    return Array.isArray(value) && value.includes(option);
  }

  protected toggle(option: string, checked: boolean): void {
    const control = this.control();
    const current = Array.isArray(control.value) ? control.value : [];
    const next = checked ? [...current, option] : current.filter((chosen) => chosen !== option);
    // Kept in the order of the options.
    control.setValue(this.field().options.filter((o) => next.includes(o)));
    control.markAsDirty();
    control.markAsTouched();
  }
}
