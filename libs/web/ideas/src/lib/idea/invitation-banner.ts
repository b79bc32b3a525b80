import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { IdeaDetail } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { Alert, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeasApi } from '../data/ideas.api';
import { PANEL_STYLES } from '../shared/panel-styles';

/** For a person invited to co-author the idea: accept or decline. */
@Component({
  selector: 'cf-invitation-banner',
  imports: [Alert, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cf-alert kind="info" [title]="'ideas.invitation.title' | transloco" data-testid="invitation-banner">
      <p>{{ 'ideas.invitation.message' | transloco }}</p>
      <div class="buttons">
        <button
          mat-flat-button
          type="button"
          [disabled]="submission.busy()"
          (click)="answer('accept')"
          data-testid="invitation-accept"
        >
          {{ 'ideas.invitation.accept' | transloco }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="submission.busy()"
          (click)="answer('decline')"
          data-testid="invitation-decline"
        >
          {{ 'ideas.invitation.decline' | transloco }}
        </button>
      </div>
      @if (submission.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </cf-alert>
  `,
  styles: [PANEL_STYLES, '.buttons { margin-block-start: var(--cf-space-2); }'],
})
export class InvitationBanner {
  private readonly api = inject(IdeasApi);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly idea = input.required<IdeaDetail>();
  /** The idea after the answer (an accepted invitation makes its reader an author). */
  readonly answered = output<IdeaDetail>();

  protected async answer(answer: 'accept' | 'decline'): Promise<void> {
    const invitationId = this.idea().viewer.invitationId;
    if (!invitationId) return;
    await this.submission.send(
      this.api.answerInvitation(invitationId, answer),
      answer === 'accept' ? 'ideas.invitation.accepted' : 'ideas.invitation.declined',
      (idea) => this.answered.emit(idea),
    );
  }
}
