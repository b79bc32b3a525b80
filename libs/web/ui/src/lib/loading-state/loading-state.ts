import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';

/** A spinner with a label that screen readers announce politely. */
@Component({
  selector: 'cf-loading-state',
  imports: [MatProgressSpinner, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-loading-state', role: 'status', 'aria-live': 'polite' },
  template: `
    <mat-progress-spinner mode="indeterminate" [diameter]="diameter()" aria-hidden="true" />
    <p class="label" data-testid="loading-label">{{ label() ?? ('ui.loading' | transloco) }}</p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--cf-space-3);
      padding: var(--cf-space-6);
      color: var(--mat-sys-on-surface-variant);
    }
    .label {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class LoadingState {
  /** Already-translated label; defaults to "Loading…" in the active language. */
  readonly label = input<string>();
  readonly diameter = input(40);
}
