import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** A failure the user can act on: what went wrong, and a clear "Try again" button. */
@Component({
  selector: 'cf-error-state',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-error-state', role: 'alert' },
  template: `
    <mat-icon class="icon" svgIcon="error" aria-hidden="true" />
    <div class="body">
      <p class="title" data-testid="error-state-title">{{ title() ?? ('ui.errorTitle' | transloco) }}</p>
      <p class="message" data-testid="error-state-message">{{ message() }}</p>
      @if (retryable()) {
        <button mat-flat-button type="button" (click)="retry.emit()" data-testid="error-state-retry">
          <mat-icon svgIcon="refresh" aria-hidden="true" />
          {{ retryLabel() ?? ('ui.retry' | transloco) }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: var(--cf-space-4);
      padding: var(--cf-space-5);
      border-radius: var(--cf-radius-l);
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    .icon {
      flex: none;
    }
    .body {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--cf-space-2);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .message {
      margin: 0 0 var(--cf-space-2);
      font: var(--mat-sys-body-large);
    }
  `,
})
export class ErrorState {
  /** Already-translated explanation of what failed. */
  readonly message = input.required<string>();
  /** Already-translated heading; defaults to "Something went wrong". */
  readonly title = input<string>();
  /** Already-translated button label; defaults to "Try again". */
  readonly retryLabel = input<string>();
  /** Hide the button when retrying cannot help. */
  readonly retryable = input(true);
  readonly retry = output<void>();
}
