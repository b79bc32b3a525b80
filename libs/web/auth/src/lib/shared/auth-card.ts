import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import type { IconName } from '@crowdforge/web-ui/icons';

/** The frame of every sign-in, sign-up and password page: a short card in the middle of the page. */
@Component({
  selector: 'cf-auth-card',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card">
      <span class="icon" aria-hidden="true"><mat-icon [svgIcon]="icon()" aria-hidden="true" /></span>
      <h1 class="title" data-testid="page-title">{{ title() }}</h1>
      @if (lead()) {
        <p class="lead">{{ lead() }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: var(--cf-space-10) var(--cf-gutter) var(--cf-space-16);
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-4);
      max-inline-size: 28rem;
      margin-inline: auto;
      padding: var(--cf-space-8);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--cf-radius-xl);
      background: var(--mat-sys-surface-container-lowest);
      box-shadow: var(--mat-sys-level1);
    }
    .icon {
      display: grid;
      place-items: center;
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: var(--cf-radius-l);
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      font-weight: 500;
    }
    .lead {
      margin: calc(-1 * var(--cf-space-2)) 0 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 30rem) {
      :host {
        padding-block-start: var(--cf-space-4);
      }
      .card {
        padding: var(--cf-space-6) var(--cf-space-4);
        border: 0;
        box-shadow: none;
        background: transparent;
      }
    }
  `,
})
export class AuthCard {
  readonly icon = input.required<IconName>();
  /** Already-translated page heading. */
  readonly title = input.required<string>();
  /** Already-translated sentence under the heading. */
  readonly lead = input<string>();
}
