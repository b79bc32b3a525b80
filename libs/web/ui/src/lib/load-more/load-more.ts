import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Load more" under a list read page by page, with the reason when the last try failed. */
@Component({
  selector: 'cf-load-more',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failure()) {
      <p class="failed" role="alert">{{ failure() }}</p>
    }
    <button mat-stroked-button type="button" (click)="more.emit()" [disabled]="loading()" data-testid="load-more">
      {{ (loading() ? 'ui.loading' : 'ui.loadMore') | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--cf-space-2);
      margin-block-start: var(--cf-space-6);
    }
    .failed {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class LoadMore {
  readonly loading = input(false);
  /** Already-translated reason the last page did not load. */
  readonly failure = input<string | null>(null);
  readonly more = output();
}
