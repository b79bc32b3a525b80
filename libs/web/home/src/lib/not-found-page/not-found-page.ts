import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { EmptyState } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown for any URL no route matches. */
@Component({
  selector: 'cf-not-found-page',
  imports: [EmptyState, MatAnchor, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container page" data-testid="not-found">
      <cf-empty-state
        icon="travel_explore"
        [headingLevel]="1"
        [title]="'notFound.title' | transloco"
        [message]="'notFound.message' | transloco"
      >
        <a mat-flat-button routerLink="/" data-testid="not-found-home-link">
          <mat-icon svgIcon="home" aria-hidden="true" />
          {{ 'notFound.home' | transloco }}
        </a>
      </cf-empty-state>
    </div>
  `,
  styles: `
    .page {
      padding-block: var(--cf-space-16);
    }
  `,
})
export class NotFoundPage {}
