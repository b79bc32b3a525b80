import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { ModerationApi } from '@crowdforge/web-identity-data/api';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, of } from 'rxjs';

/** The organisation's community guidelines, folded away above where people write; nothing when there are none. */
@Component({
  selector: 'cf-community-guidelines',
  imports: [MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (guidelines.value()?.text; as text) {
      <details class="guidelines" data-testid="community-guidelines">
        <summary>
          <mat-icon svgIcon="info" aria-hidden="true" />
          {{ 'moderation.guidelines.title' | transloco }}
        </summary>
        <div class="cf-markdown-tight body" [innerHTML]="text.html" data-testid="community-guidelines-text"></div>
      </details>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .guidelines {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    summary {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      padding: var(--cf-space-2) var(--cf-space-3);
      cursor: pointer;
      font: var(--mat-sys-title-small);
    }
    summary mat-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    .body {
      padding: 0 var(--cf-space-3) var(--cf-space-3);
      overflow-wrap: anywhere;
    }
  `,
})
export class CommunityGuidelines {
  private readonly api = inject(ModerationApi);

  readonly challengeId = input.required<string>();

  /** Guidelines are a help, not a requirement: when they cannot be read, the form stays as it is. */
  protected readonly guidelines = rxResource({
    params: () => this.challengeId(),
    stream: ({ params }) => this.api.challengeGuidelines(params).pipe(catchError(() => of(null))),
  });
}
