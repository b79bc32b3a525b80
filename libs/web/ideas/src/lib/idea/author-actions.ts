import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { IdeaDetail } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { confirmAction, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { IdeasApi } from '../data/ideas.api';
import { isInTheProcess } from '../shared/idea-rules';
import { PANEL_STYLES } from '../shared/panel-styles';

/** What the authors do with their idea: edit it, submit the draft, withdraw it. */
@Component({
  selector: 'cf-author-actions',
  imports: [MatAnchor, MatButton, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = idea();
    <section class="cf-card" aria-labelledby="author-actions-title" data-testid="author-actions">
      <h2 id="author-actions-title">{{ 'ideas.actions.title' | transloco }}</h2>
      @if (item.status === 'draft') {
        <p class="lead">{{ 'ideas.actions.draftLead' | transloco }}</p>
      }
      <div class="buttons">
        @if (item.status === 'draft') {
          <a
            mat-flat-button
            [routerLink]="['/ideas', item.id, 'edit']"
            fragment="submit"
            data-testid="idea-submit-link"
          >
            <mat-icon svgIcon="send" aria-hidden="true" />
            {{ 'ideas.actions.submit' | transloco }}
          </a>
        }
        @if (item.viewer.canEdit) {
          <a mat-stroked-button [routerLink]="['/ideas', item.id, 'edit']" data-testid="idea-edit">
            <mat-icon svgIcon="edit" aria-hidden="true" />
            {{ 'ideas.actions.edit' | transloco }}
          </a>
        }
        @if (mayWithdraw()) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="submission.busy()"
            (click)="withdraw()"
            data-testid="idea-withdraw"
          >
            {{ 'ideas.actions.withdraw' | transloco }}
          </button>
        }
      </div>
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </section>
  `,
  styles: PANEL_STYLES,
})
export class AuthorActions {
  private readonly api = inject(IdeasApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<IdeaDetail>();

  /** Submitted and beyond; a draft is simply left, a merged idea lives on in another. */
  protected readonly mayWithdraw = computed(() => isInTheProcess(this.idea().status));

  protected async withdraw(): Promise<void> {
    const idea = this.idea();
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('ideas.actions.withdrawTitle', { title: idea.title }),
      message: this.transloco.translate('ideas.actions.withdrawMessage'),
      confirmLabel: this.transloco.translate('ideas.actions.withdraw'),
      destructive: true,
    });
    if (!confirmed) return;
    await this.submission.send(this.api.withdraw(idea.id), 'ideas.actions.withdrawn', (updated) =>
      this.changed.emit(updated),
    );
  }
}
