import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import type { IconName } from '@crowdforge/web-ui/icons';

/**
 * "Nothing here yet": an icon, a heading, a short explanation and optional
 * actions projected as content (e.g. a button that creates the first item).
 */
@Component({
  selector: 'cf-empty-state',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-empty-state' },
  template: `
    <span class="icon" aria-hidden="true"><mat-icon [svgIcon]="icon()" aria-hidden="true" /></span>
    <p class="title" role="heading" [attr.aria-level]="headingLevel()" data-testid="empty-state-title">{{ title() }}</p>
    @if (message()) {
      <p class="message" data-testid="empty-state-message">{{ message() }}</p>
    }
    <div class="actions"><ng-content /></div>
  `,
  styleUrl: './empty-state.scss',
})
export class EmptyState {
  /** Icon shown above the title. */
  readonly icon = input<IconName>('inbox');
  /** Already-translated heading. */
  readonly title = input.required<string>();
  /** Already-translated explanation. */
  readonly message = input<string>();
  /** Heading level within the page outline. */
  readonly headingLevel = input<1 | 2 | 3 | 4>(3);
}
