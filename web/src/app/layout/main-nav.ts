import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NavItem } from './nav-item';

/**
 * Primary navigation built from data. Wide screens show the links inline; narrow
 * screens show a menu button that discloses them (the WAI disclosure pattern).
 */
@Component({
  selector: 'cf-main-nav',
  imports: [MatIcon, RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'close()' },
  template: `
    <nav class="nav" data-testid="nav" [attr.aria-label]="'nav.label' | transloco">
      <button
        type="button"
        class="menu-button"
        data-testid="nav-menu-button"
        aria-controls="cf-main-nav-links"
        [attr.aria-expanded]="open()"
        (click)="toggle()"
      >
        <mat-icon [svgIcon]="open() ? 'close' : 'menu'" aria-hidden="true" />
        <span class="cf-visually-hidden">{{ 'nav.openMenu' | transloco }}</span>
      </button>
      <ul id="cf-main-nav-links" class="links" [class.open]="open()">
        @for (item of items(); track item.path) {
          <li>
            <a
              class="link"
              [routerLink]="item.path"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: item.exact ?? false }"
              ariaCurrentWhenActive="page"
              (click)="close()"
            >
              <mat-icon [svgIcon]="item.icon" aria-hidden="true" />
              {{ item.labelKey | transloco }}
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
  styleUrl: './main-nav.scss',
})
export class MainNav {
  readonly items = input.required<readonly NavItem[]>();
  protected readonly open = signal(false);

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected close(): void {
    this.open.set(false);
  }
}
