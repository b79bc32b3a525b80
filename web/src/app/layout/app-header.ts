import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountArea } from './account-area';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { NavItem } from './nav-item';

@Component({
  selector: 'cf-app-header',
  imports: [AccountArea, BrandMark, LanguageSwitch, MainNav, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <div class="cf-container bar">
        <a class="brand" routerLink="/" data-testid="brand" [attr.aria-label]="'app.brandLabel' | transloco">
          <cf-brand-mark />
          <span class="wordmark">Crowd<span class="forge">forge</span></span>
        </a>
        <cf-main-nav class="nav" [items]="navItems()" />
        <cf-language-switch class="language" />
        <cf-account-area class="account" />
      </div>
    </header>
  `,
  styles: `
    .header {
      position: relative;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .bar {
      display: flex;
      align-items: center;
      gap: var(--cf-space-6);
      min-block-size: var(--cf-header-height);
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: var(--cf-space-2);
      border-radius: var(--cf-radius-m);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
    }
    .wordmark {
      font: var(--mat-sys-title-large);
      font-weight: 700;
      letter-spacing: -0.01em;
    }
    .forge {
      color: var(--mat-sys-primary);
    }
    .language {
      margin-inline-start: auto;
    }
    @media (max-width: 40rem) {
      .bar {
        gap: var(--cf-space-2);
      }
      .nav {
        order: 1;
      }
    }
    @media (max-width: 30rem) {
      .wordmark {
        display: none;
      }
    }
  `,
})
export class AppHeader {
  readonly navItems = input.required<readonly NavItem[]>();
}
