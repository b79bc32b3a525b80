import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { KeysetPages } from './keyset-pages';

/** "Load more" under a list read page by page, while there is more; says why the last try failed. */
@Component({
  selector: 'cf-load-more',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages().hasMore()) {
      @if (pages().moreError() && failure()) {
        <p class="failed" role="alert">{{ failure() }}</p>
      }
      <button
        mat-stroked-button
        type="button"
        (click)="pages().loadMore()"
        [disabled]="pages().loadingMore()"
        data-testid="load-more"
      >
        {{ (pages().loadingMore() ? 'ui.loading' : 'ui.loadMore') | transloco }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--cf-space-2);
      margin-block-start: var(--cf-space-6);
    }
    :host:empty {
      display: none;
    }
    .failed {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class LoadMore {
  readonly pages = input.required<KeysetPages<unknown>>();
  /** Already-translated reason the last page did not load. */
  readonly failure = input<string | null>(null);
}
