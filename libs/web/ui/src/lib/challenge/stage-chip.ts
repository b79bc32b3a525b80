import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChallengeStage } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/** Where a challenge stands (draft, upcoming, open, closed) as a small coloured label. */
@Component({
  selector: 'cf-stage-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-stage]': 'stage()', 'data-testid': 'challenge-stage' },
  template: `{{ 'challenges.stage.' + stage() | transloco }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px var(--cf-space-2);
      border-radius: var(--cf-radius-pill);
      border: 1px solid transparent;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
    /* The text keeps the surface's contrast; green marks only the border and the tint. */
    :host([data-stage='open']) {
      border-color: var(--cf-color-success);
      background: color-mix(in srgb, var(--cf-color-success) 10%, var(--mat-sys-surface));
    }
    :host([data-stage='upcoming']) {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    :host([data-stage='draft']) {
      border: 1px dashed var(--mat-sys-outline);
      background: var(--mat-sys-surface);
    }
  `,
})
export class StageChip {
  readonly stage = input.required<ChallengeStage>();
}
