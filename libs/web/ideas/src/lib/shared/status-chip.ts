import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { IdeaStatus } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/** Where an idea stands, as a small label in the words of the active language. */
@Component({
  selector: 'cf-idea-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-status]': 'status()' },
  template: `{{ 'ideas.status.' + status() | transloco }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px var(--cf-space-2);
      border-radius: var(--cf-radius-pill);
      border: 1px solid transparent;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
    :host([data-status='draft']) {
      border: 1px dashed var(--mat-sys-outline);
      background: var(--mat-sys-surface);
    }
    :host([data-status='shortlisted']),
    :host([data-status='selected']),
    :host([data-status='in_implementation']),
    :host([data-status='implemented']) {
      border-color: var(--cf-color-success);
      background: color-mix(in srgb, var(--cf-color-success) 10%, var(--mat-sys-surface));
    }
    :host([data-status='declined']),
    :host([data-status='withdrawn']) {
      border-color: var(--mat-sys-outline);
    }
  `,
})
export class IdeaStatusChip {
  readonly status = input.required<IdeaStatus>();
}
