import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A page's title (the one `<h1>`), an optional lead sentence, and actions projected on the right. */
@Component({
  selector: 'cf-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-page-header' },
  template: `
    <div class="text">
      <h1 class="title" data-testid="page-title">{{ title() }}</h1>
      @if (lead()) {
        <p class="lead">{{ lead() }}</p>
      }
    </div>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--cf-space-4);
      margin-block-end: var(--cf-space-6);
    }
    .text {
      flex: 1 1 24rem;
      min-inline-size: 0;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      font-weight: 500;
      color: var(--mat-sys-on-surface);
    }
    .lead {
      margin: var(--cf-space-2) 0 0;
      max-inline-size: 60ch;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-3);
      &:empty {
        display: none;
      }
    }
  `,
})
export class PageHeader {
  /** Already-translated page title. */
  readonly title = input.required<string>();
  /** Already-translated one-sentence explanation. */
  readonly lead = input<string>();
}
