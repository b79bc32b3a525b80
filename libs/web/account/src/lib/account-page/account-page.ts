import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@crowdforge/web-identity-data';
import { PageHeader } from '@crowdforge/web-ui';
import type { IconName } from '@crowdforge/web-ui/icons';
import { TranslocoPipe } from '@jsverse/transloco';

interface Section {
  path: string;
  labelKey: string;
  icon: IconName;
}

/** "My account": one tab (and URL) per part — profile, password, access tokens, my data. */
@Component({
  selector: 'cf-account-page',
  imports: [
    MatIcon,
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    PageHeader,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      <cf-page-header
        [title]="'account.title' | transloco"
        [lead]="'account.lead' | transloco: { email: session.user()?.email ?? '' }"
      />
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        [attr.aria-label]="'account.sections' | transloco"
        data-testid="account-tabs"
      >
        @for (section of sections; track section.path) {
          <a
            mat-tab-link
            [routerLink]="section.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            [attr.data-testid]="'account-tab-' + section.path"
          >
            <mat-icon class="tab-icon" [svgIcon]="section.icon" aria-hidden="true" />
            {{ section.labelKey | transloco }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    </div>
  `,
  styles: `
    .tab-icon {
      margin-inline-end: var(--cf-space-2);
    }
    .panel {
      display: block;
      padding-block-start: var(--cf-space-6);
      max-inline-size: 48rem;
    }
  `,
})
export class AccountPage {
  protected readonly session = inject(SessionStore);
  protected readonly sections: readonly Section[] = [
    { path: 'profile', labelKey: 'account.tabs.profile', icon: 'person' },
    { path: 'password', labelKey: 'account.tabs.password', icon: 'lock' },
    { path: 'tokens', labelKey: 'account.tabs.tokens', icon: 'key' },
    { path: 'data', labelKey: 'account.tabs.data', icon: 'download' },
  ];
}
