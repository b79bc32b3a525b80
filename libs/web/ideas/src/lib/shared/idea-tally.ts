import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import type { IdeaTally } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * An idea's votes in a few characters, as its mode counts them: supports, for and against, the
 * average of the stars, the tokens, or the pairwise score with its interval; the full sentence for
 * screen readers.
 */
@Component({
  selector: 'cf-idea-tally',
  imports: [DecimalPipe, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'idea-tally', '[attr.data-mode]': 'tally().mode' },
  template: `
    @let item = tally();
    <span role="img" [attr.aria-label]="'ideas.tally.' + item.mode | transloco: words()">
      @switch (item.mode) {
        @case ('up_down') {
          <mat-icon svgIcon="thumb_up" aria-hidden="true" />{{ item.ups }}
          <mat-icon svgIcon="thumb_down" aria-hidden="true" />{{ item.downs }}
        }
        @case ('stars') {
          <mat-icon svgIcon="star-fill" aria-hidden="true" />{{ average() | number: '1.1-1' }}
          <span class="count">({{ item.votes }})</span>
        }
        @case ('tokens') {
          <mat-icon svgIcon="toll" aria-hidden="true" />{{ item.valueSum }}
        }
        @case ('pairwise') {
          <mat-icon svgIcon="compare_arrows" aria-hidden="true" />{{ item.score | number: '1.0-0' }}
          <span class="count">({{ item.lower | number: '1.0-0' }}–{{ item.upper | number: '1.0-0' }})</span>
        }
        @default {
          <mat-icon svgIcon="thumb_up" aria-hidden="true" />{{ item.votes }}
        }
      }
    </span>
  `,
  styles: `
    span[role='img'] {
      display: inline-flex;
      align-items: center;
      gap: var(--cf-space-1);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
    }
    .count {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class IdeaTallyBadge {
  readonly tally = input.required<IdeaTally>();

  protected readonly average = computed(() => this.tally().valueSum / Math.max(1, this.tally().votes));
  protected readonly words = computed(() => ({
    ...this.tally(),
    average: this.average().toFixed(1),
    score: this.tally().score.toFixed(0),
    lower: this.tally().lower.toFixed(0),
    upper: this.tally().upper.toFixed(0),
  }));
}
