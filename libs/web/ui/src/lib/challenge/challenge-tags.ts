import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChallengeStage } from '@crowdforge/contracts';
import { StageChip } from './stage-chip';

/** A challenge's stage followed by its themes, as a row of small labels. */
@Component({
  selector: 'cf-challenge-tags',
  imports: [StageChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cf-stage-chip [stage]="stage()" />
    @for (theme of themes(); track theme) {
      <span class="theme" data-testid="challenge-theme">{{ theme }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1) var(--cf-space-2);
    }
    .theme {
      padding: 2px var(--cf-space-2);
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
  `,
})
export class ChallengeTags {
  readonly stage = input.required<ChallengeStage>();
  readonly themes = input<readonly string[]>([]);
}
