import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A button that opens the file picker and hands over the chosen file; while `progress` is set
 * (0–1) it shows how much has been sent instead.
 */
@Component({
  selector: 'cf-upload-button',
  imports: [MatButton, MatIcon, MatProgressBar, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <input
      #picker
      type="file"
      class="cf-visually-hidden"
      tabindex="-1"
      aria-hidden="true"
      [accept]="accept()"
      (change)="pick(picker)"
      [attr.data-testid]="testId() + '-input'"
    />
    @if (progress(); as sent) {
      <div class="progress" role="status">
        <mat-progress-bar mode="determinate" [value]="sent * 100" [attr.aria-label]="'ui.uploading' | transloco" />
        <span class="cf-muted">{{ 'ui.uploadingPercent' | transloco: { percent: (sent * 100).toFixed(0) } }}</span>
      </div>
    } @else {
      <button
        mat-stroked-button
        type="button"
        [disabled]="disabled()"
        (click)="picker.click()"
        [attr.data-testid]="testId()"
      >
        <mat-icon svgIcon="upload" aria-hidden="true" />
        {{ label() }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      min-block-size: 40px;
    }
    mat-progress-bar {
      flex: 1;
      max-inline-size: 240px;
    }
  `,
})
export class UploadButton {
  readonly label = input.required<string>();
  /** The `accept` list of the file picker, e.g. `image/*,.pdf`. */
  readonly accept = input('');
  /** The share of the file sent so far while an upload runs, else null. */
  readonly progress = input<number | null>(null);
  readonly disabled = input(false);
  readonly testId = input('upload');
  readonly picked = output<File>();

  private readonly picker = viewChild.required<ElementRef<HTMLInputElement>>('picker');

  protected pick(element: HTMLInputElement): void {
    const file = element.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    element.value = '';
    if (file) this.picked.emit(file);
  }

  /** Opens the picker, e.g. from a drop zone. */
  open(): void {
    this.picker().nativeElement.click();
  }
}
