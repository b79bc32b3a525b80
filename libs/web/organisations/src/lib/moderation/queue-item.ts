import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { MAX_MODERATION_REASON, MAX_SUSPENSION_DAYS, type ModerationQueueItem } from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { ModerationButtons } from '@crowdforge/web-ideas';
import { LocalDatePipe, askReason, confirmAction, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

const SUSPENSION_DAYS = 7;

/**
 * One flagged idea or comment in the queue: what it says, why people flagged it, and the
 * moderators' actions — hide or unhide (saying why), dismiss the flags, lock or unlock the idea's
 * comments, suspend the author for some days.
 */
@Component({
  selector: 'cf-queue-item',
  imports: [LocalDatePipe, MatButton, MatIcon, ModerationButtons, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let entry = item();
    <article class="entry" [attr.aria-labelledby]="'queue-' + entry.objectId" data-testid="queue-item">
      <header class="head">
        <span class="pill">{{ 'moderation.kinds.' + entry.kind | transloco }}</span>
        <span class="pill" [class.open]="entry.state === 'open'" data-testid="queue-item-state">
          {{ 'moderation.states.' + entry.state | transloco }}
        </span>
        @if (entry.hidden) {
          <span class="pill hidden" data-testid="queue-item-hidden">{{ 'moderation.queue.hidden' | transloco }}</span>
        }
        @if (entry.commentsLocked) {
          <span class="pill">{{ 'moderation.queue.locked' | transloco }}</span>
        }
      </header>
      <h3 class="title" [id]="'queue-' + entry.objectId">
        <a [routerLink]="['/ideas', entry.ideaId]" data-testid="queue-item-idea">{{ entry.ideaTitle }}</a>
        <span class="cf-muted challenge">{{ entry.challengeTitle }}</span>
      </h3>
      <blockquote class="excerpt" data-testid="queue-item-excerpt">{{ entry.excerpt }}</blockquote>
      <p class="meta">
        {{
          'moderation.queue.by' | transloco: { name: entry.authorName || ('moderation.queue.anonymous' | transloco) }
        }}
        · {{ 'moderation.queue.lastFlagged' | transloco: { date: (entry.lastFlaggedAt | cfDate: 'dateTime') } }}
      </p>
      <div class="flags">
        <p class="flag-count" data-testid="queue-item-count">
          {{ 'moderation.queue.flagCount' | transloco: { count: entry.flags.length } }}
        </p>
        <ul class="reasons" data-testid="queue-item-reasons">
          @for (flag of entry.flags; track $index) {
            <li>
              {{ flag.reason }}
              @if (flag.resolution) {
                <span class="cf-muted">({{ 'moderation.resolutions.' + flag.resolution | transloco }})</span>
              }
            </li>
          }
        </ul>
      </div>
      <div class="actions">
        <cf-moderation-buttons [target]="entry" (decided)="decided.emit()" />
        @if (entry.state === 'open') {
          <button
            mat-stroked-button
            type="button"
            [disabled]="submission.busy()"
            (click)="dismiss()"
            data-testid="queue-item-dismiss"
          >
            <mat-icon svgIcon="check" aria-hidden="true" />
            {{ 'moderation.actions.dismiss' | transloco }}
          </button>
        }
        @if (entry.authorId) {
          <button
            mat-button
            type="button"
            [disabled]="submission.busy()"
            (click)="suspend()"
            data-testid="queue-item-suspend"
          >
            <mat-icon svgIcon="gavel" aria-hidden="true" />
            {{ 'moderation.actions.suspend' | transloco }}
          </button>
        }
      </div>
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </article>
  `,
  styles: `
    .entry {
      display: grid;
      gap: var(--cf-space-2);
    }
    .head,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
    }
    .pill {
      padding: 2px var(--cf-space-2);
      border-radius: var(--cf-radius-pill);
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
    .pill.open {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .pill.hidden {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--cf-space-1) var(--cf-space-3);
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .challenge {
      font: var(--mat-sys-body-small);
    }
    .excerpt {
      margin: 0;
      padding: var(--cf-space-2) var(--cf-space-3);
      border-inline-start: 4px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .meta,
    .flag-count {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .flag-count {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
    }
    .reasons {
      margin: var(--cf-space-1) 0 0;
      padding-inline-start: var(--cf-space-5);
      overflow-wrap: anywhere;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class QueueItem {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);

  readonly organisationId = input.required<string>();
  readonly item = input.required<ModerationQueueItem>();
  /** Something was decided: the queue should be read again. */
  readonly decided = output<void>();

  protected async dismiss(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('moderation.decide.dismiss.title'),
      message: this.transloco.translate('moderation.decide.dismiss.message'),
      confirmLabel: this.transloco.translate('moderation.actions.dismiss'),
    });
    if (!confirmed) return;
    const { kind, objectId } = this.item();
    await this.submission.send(
      this.api.decide(kind, objectId, { action: 'dismiss' }),
      'moderation.decide.dismiss.done',
      () => this.decided.emit(),
    );
  }

  protected async suspend(): Promise<void> {
    const { authorId, authorName } = this.item();
    if (!authorId) return;
    const sent = await askReason(this.dialog, {
      title: this.transloco.translate('moderation.suspend.title', { name: authorName }),
      message: this.transloco.translate('moderation.suspend.message'),
      reasonLabel: this.transloco.translate('moderation.decide.reason'),
      reasonHint: this.transloco.translate('moderation.suspend.reasonHint'),
      confirmLabel: this.transloco.translate('moderation.actions.suspend'),
      destructive: true,
      days: {
        label: this.transloco.translate('moderation.suspend.days'),
        initial: SUSPENSION_DAYS,
        max: MAX_SUSPENSION_DAYS,
      },
      maxLength: MAX_MODERATION_REASON,
      send: ({ reason, days }) =>
        this.api.suspend(this.organisationId(), { userId: authorId, reason, days: days ?? SUSPENSION_DAYS }),
      successKey: 'moderation.suspend.done',
      errorText: this.errorText,
    });
    if (sent) this.decided.emit();
  }
}
