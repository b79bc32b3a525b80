import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatChipGrid, MatChipInput, MatChipInputEvent, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { FieldErrorPipe } from '../field-error/field-error.pipe';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A list of short texts as chips (themes, invited addresses, choice options): Enter or a comma
 * adds one, the chip's button removes it. Entries that do not match `pattern` are refused with
 * `refusedKey`'s message; doubles are ignored.
 */
@Component({
  selector: 'cf-tags-field',
  imports: [
    FieldErrorPipe,
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #chips [formControl]="control()" [attr.aria-label]="label()">
        @for (tag of control().value; track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'ui.removeTag' | transloco: { tag }">
              <mat-icon svgIcon="cancel" aria-hidden="true" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <input
        [matChipInputFor]="chips"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
        [attr.data-testid]="testId()"
      />
      @if (refused()) {
        <mat-hint class="refused" role="alert">{{ refusedKey() | transloco: { tag: refused() } }}</mat-hint>
      } @else if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ control().errors | cfFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .field {
      inline-size: 100%;
    }
    .refused {
      color: var(--mat-sys-error);
    }
  `,
})
export class TagsField {
  readonly control = input.required<FormControl<string[]>>();
  /** Already-translated label. */
  readonly label = input.required<string>();
  /** Already-translated hint. */
  readonly hint = input<string>();
  readonly testId = input.required<string>();
  readonly pattern = input<RegExp>();
  /** Translation key of the message for a refused entry (`{{tag}}` is the entry). */
  readonly refusedKey = input('forms.pattern');
  readonly lowerCase = input(false);
  readonly maxLength = input(60);

  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly refused = signal('');

  protected add(event: MatChipInputEvent): void {
    const raw = event.value.trim();
    const tag = (this.lowerCase() ? raw.toLowerCase() : raw).slice(0, this.maxLength());
    event.chipInput.clear();
    if (!tag) {
      return;
    }
    const pattern = this.pattern();
    if (pattern && !pattern.test(tag)) {
      this.refused.set(tag);
      return;
    }
    this.refused.set('');
    const tags = this.control().value;
    if (!tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
      this.control().setValue([...tags, tag]);
      this.control().markAsDirty();
    }
  }

  protected remove(tag: string): void {
    this.control().setValue(this.control().value.filter((existing) => existing !== tag));
    this.control().markAsDirty();
  }
}
