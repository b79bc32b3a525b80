import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { SaveState } from './autosave';

/** "Saving…", "Saved", "Not saved: reason": announced politely as it changes. */
@Component({
  selector: 'cf-autosave-status',
  imports: [MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    <p class="status" role="status" aria-live="polite" [attr.data-state]="current.kind" data-testid="autosave-status">
      @switch (current.kind) {
        @case ('saved') {
          <mat-icon svgIcon="check_circle" aria-hidden="true" />
          {{ 'ideas.autosave.saved' | transloco }}
        }
        @case ('saving') {
          {{ 'ideas.autosave.saving' | transloco }}
        }
        @case ('pending') {
          {{ 'ideas.autosave.pending' | transloco }}
        }
        @case ('invalid') {
          <mat-icon svgIcon="warning" aria-hidden="true" />
          {{ 'ideas.autosave.invalid' | transloco }}
        }
        @case ('failed') {
          <mat-icon svgIcon="warning" aria-hidden="true" />
          {{ 'ideas.autosave.failed' | transloco: { reason: current.reason } }}
        }
        @default {
          {{ 'ideas.autosave.idle' | transloco }}
        }
      }
    </p>
  `,
  styles: `
    .status {
      display: flex;
      align-items: center;
      gap: var(--cf-space-1);
      min-block-size: 1.5rem;
      margin: var(--cf-space-2) 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .status[data-state='invalid'],
    .status[data-state='failed'] {
      color: var(--mat-sys-error);
    }
    mat-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
  `,
})
export class AutosaveStatus {
  readonly state = input.required<SaveState>();
}
