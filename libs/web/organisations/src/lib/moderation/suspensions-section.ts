import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { SuspensionView } from '@crowdforge/contracts';
import { ModerationApi, injectErrorText } from '@crowdforge/web-identity-data/api';
import { ErrorState, LoadingState, LocalDatePipe, confirmAction, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

/** The organisation's suspensions, newest first; a moderator lifts one that is still running. */
@Component({
  selector: 'cf-suspensions-section',
  imports: [ErrorState, LoadingState, LocalDatePipe, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="suspensions-heading" data-testid="suspensions">
      <h2 id="suspensions-heading">{{ 'moderation.suspensions.title' | transloco }}</h2>
      @if (suspensions.error()) {
        <cf-error-state [message]="errorText(suspensions.error())" (retry)="suspensions.reload()" />
      } @else if (suspensions.hasValue()) {
        @if (suspensions.value().length) {
          <ul class="list">
            @for (suspension of suspensions.value(); track suspension.id) {
              <li class="item" data-testid="suspension">
                <div class="item-text">
                  <p class="item-name">{{ suspension.userName }}</p>
                  <p class="item-meta">{{ suspension.reason }}</p>
                  <p class="item-meta">
                    {{
                      (suspension.active ? 'moderation.suspensions.until' : 'moderation.suspensions.ended')
                        | transloco: { date: (suspension.liftedAt ?? suspension.endsAt | cfDate: 'dateTime') }
                    }}
                  </p>
                </div>
                @if (suspension.active) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="submission.busy()"
                    (click)="lift(suspension)"
                    data-testid="suspension-lift"
                  >
                    {{ 'moderation.suspensions.lift' | transloco }}
                  </button>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="cf-muted" data-testid="suspensions-empty">{{ 'moderation.suspensions.empty' | transloco }}</p>
        }
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
      } @else {
        <cf-loading-state [diameter]="24" />
      }
    </section>
  `,
  styleUrl: '../shared/list.scss',
})
export class SuspensionsSection {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly errorText = injectErrorText();
  protected readonly submission = injectSubmission(this.errorText);

  readonly organisationId = input.required<string>();
  /** Changes when a moderator acted elsewhere on the page (e.g. suspended someone from the queue). */
  readonly version = input(0);

  protected readonly suspensions = rxResource({
    params: () => ({ organisationId: this.organisationId(), version: this.version() }),
    stream: ({ params }) => this.api.suspensions(params.organisationId),
  });

  protected async lift(suspension: SuspensionView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('moderation.suspensions.liftTitle', { name: suspension.userName }),
      message: this.transloco.translate('moderation.suspensions.liftMessage'),
      confirmLabel: this.transloco.translate('moderation.suspensions.lift'),
    });
    if (!confirmed) return;
    await this.submission.send(
      this.api.liftSuspension(this.organisationId(), suspension.id),
      'moderation.suspensions.lifted',
      () => this.suspensions.reload(),
    );
  }
}
