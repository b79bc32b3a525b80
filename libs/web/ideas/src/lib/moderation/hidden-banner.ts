import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ModerationMark } from '@crowdforge/contracts';
import { Alert } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** Tells the author (and the moderators) that a moderator hid this from everyone else, and why. */
@Component({
  selector: 'cf-hidden-banner',
  imports: [Alert, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cf-alert
      kind="warning"
      [title]="'moderation.hidden.reason' | transloco: { reason: mark().reason }"
      data-testid="hidden-banner"
    >
      <p class="who">
        {{ (forModerator() ? 'moderation.hidden.moderatorNote' : 'moderation.hidden.authorNote') | transloco }}
      </p>
    </cf-alert>
  `,
  styles: `
    :host {
      display: block;
    }
    .who {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class HiddenBanner {
  readonly mark = input.required<ModerationMark>();
  /** A moderator sees it because they moderate, not because they wrote it. */
  readonly forModerator = input(false);
}
