import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray } from '@angular/forms';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

/** Moves one control of a form array from one place to another. */
export function moveControl(array: FormArray, from: number, to: number): void {
  if (to < 0 || to >= array.length || from === to) {
    return;
  }
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
}

/** "Move up", "Move down" and "Remove" for one row of a list in the editor. */
@Component({
  selector: 'cf-row-actions',
  imports: [MatIcon, MatIconButton, MatTooltip, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let name = label() || ('challenges.editor.untitled' | transloco);
    <button
      mat-icon-button
      type="button"
      [disabled]="index() === 0"
      (click)="move(-1)"
      [attr.aria-label]="'challenges.editor.moveUp' | transloco: { name }"
      [matTooltip]="'challenges.editor.moveUp' | transloco: { name }"
      data-testid="row-up"
    >
      <mat-icon svgIcon="arrow_upward" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      [disabled]="index() === count() - 1"
      (click)="move(1)"
      [attr.aria-label]="'challenges.editor.moveDown' | transloco: { name }"
      [matTooltip]="'challenges.editor.moveDown' | transloco: { name }"
      data-testid="row-down"
    >
      <mat-icon svgIcon="arrow_downward" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      class="cf-destructive"
      (click)="remove()"
      [attr.aria-label]="'challenges.editor.remove' | transloco: { name }"
      [matTooltip]="'challenges.editor.remove' | transloco: { name }"
      data-testid="row-remove"
    >
      <mat-icon svgIcon="delete" aria-hidden="true" />
    </button>
  `,
  styles: `
    :host {
      display: flex;
      gap: var(--cf-space-1);
    }
  `,
})
export class RowActions {
  readonly array = input.required<FormArray>();
  readonly index = input.required<number>();
  /** How many rows there are (an input, so the buttons follow rows added or removed). */
  readonly count = input.required<number>();
  /** What the row is called (e.g. the criterion's name), for the buttons' labels. */
  readonly label = input('');

  protected move(by: number): void {
    moveControl(this.array(), this.index(), this.index() + by);
  }

  protected remove(): void {
    this.array().removeAt(this.index());
    this.array().markAsDirty();
  }
}
