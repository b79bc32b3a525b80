import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { IdeaDetail, MergeProposalView } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { MergeProposalsApi } from '../data/merge-proposals.api';
import { isInTheProcess } from '../shared/idea-rules';
import { PANEL_STYLES } from '../shared/panel-styles';

/**
 * Merging this idea with a duplicate: the proposals about it with each author's answer (accept, or
 * decline saying why), and a form to propose one, for the challenge's moderators and the authors.
 */
@Component({
  selector: 'cf-merge-panel',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="merge-title" data-testid="merge-panel">
      <h2 id="merge-title">{{ 'ideas.merge.title' | transloco }}</h2>
      @for (proposal of proposals.value() ?? []; track proposal.id) {
        <article class="proposal" data-testid="merge-proposal">
          <p>
            {{ 'ideas.merge.proposal' | transloco }}
            <a [routerLink]="['/ideas', proposal.mergedIdea.id]">{{ proposal.mergedIdea.title }}</a>
            →
            <a [routerLink]="['/ideas', proposal.keptIdea.id]">{{ proposal.keptIdea.title }}</a>
          </p>
          <p class="cf-muted">“{{ proposal.reason }}”</p>
          <p class="state" data-testid="merge-state">
            {{ stateText(proposal) | transloco: { reason: proposal.declineReason } }}
          </p>
          @if (proposal.viewerMayAnswerFor.length) {
            <mat-form-field>
              <mat-label>{{ 'ideas.merge.declineReason' | transloco }}</mat-label>
              <input matInput [formControl]="declineReason" data-testid="merge-decline-reason" />
            </mat-form-field>
            <div class="buttons">
              <button
                mat-flat-button
                type="button"
                [disabled]="answering.busy()"
                (click)="answer(proposal, 'accept')"
                data-testid="merge-accept"
              >
                {{ 'ideas.merge.accept' | transloco }}
              </button>
              <button
                mat-stroked-button
                type="button"
                [disabled]="answering.busy()"
                (click)="answer(proposal, 'decline')"
                data-testid="merge-decline"
              >
                {{ 'ideas.merge.decline' | transloco }}
              </button>
            </div>
          }
        </article>
      }
      @if (answering.failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
      @if (mayPropose()) {
        <form [formGroup]="proposal" (ngSubmit)="propose()" novalidate data-testid="merge-form">
          <p class="lead">{{ 'ideas.merge.lead' | transloco }}</p>
          <mat-form-field>
            <mat-label>{{ 'ideas.merge.into' | transloco }}</mat-label>
            <mat-select [formControl]="into" data-testid="merge-into">
              @for (candidate of candidates.value() ?? []; track candidate.id) {
                <mat-option [value]="candidate.id">{{ candidate.title }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ into.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'ideas.merge.reason' | transloco }}</mat-label>
            <textarea matInput rows="2" [formControl]="reason" data-testid="merge-reason"></textarea>
            <mat-error>{{ reason.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <div class="buttons">
            <button mat-stroked-button type="submit" [disabled]="proposing.busy()" data-testid="merge-propose">
              {{ 'ideas.merge.propose' | transloco }}
            </button>
          </div>
          @if (proposing.failure(); as failure) {
            <p class="error" role="alert">{{ failure }}</p>
          }
        </form>
      }
    </section>
  `,
  styles: `
    ${PANEL_STYLES}
    .proposal {
      padding-block: var(--cf-space-2);
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      margin-block-end: var(--cf-space-3);
    }
    .proposal p {
      margin: 0 0 var(--cf-space-1);
    }
    .state {
      font: var(--mat-sys-label-large);
    }
  `,
})
export class MergePanel {
  private readonly api = inject(MergeProposalsApi);
  private readonly ideas = inject(IdeasApi);
  private readonly errorText = injectErrorText();
  protected readonly answering = injectSubmission(this.errorText);
  protected readonly proposing = injectSubmission(this.errorText);

  readonly idea = input.required<IdeaDetail>();
  /** The idea changed: merged, so its page should follow. */
  readonly changed = output<void>();

  private readonly refresh = signal(0);
  protected readonly proposals = rxResource({
    params: () => ({ id: this.idea().id, refresh: this.refresh() }),
    stream: ({ params }) => this.api.about(params.id),
  });
  protected readonly mayPropose = computed(() => {
    const idea = this.idea();
    const waiting = (this.proposals.value() ?? []).some((p) => p.state === 'pending' && p.mergedIdea.id === idea.id);
    return (idea.viewer.canModerate || idea.viewer.isAuthor) && isInTheProcess(idea.status) && !waiting;
  });
  /** The other ideas of the challenge still in play, for the idea this one continues in. */
  protected readonly candidates = rxResource({
    params: () => (this.mayPropose() ? this.idea() : undefined),
    stream: ({ params }) =>
      this.ideas
        .list(params.challengeId, { limit: 50 })
        .pipe(map((page) => page.items.filter((item) => item.id !== params.id && isInTheProcess(item.status)))),
  });

  protected readonly into = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });
  protected readonly proposal = new FormGroup({ into: this.into, reason: this.reason });
  protected readonly declineReason = new FormControl('', { nonNullable: true });

  protected stateText(proposal: MergeProposalView): string {
    if (proposal.state === 'declined') return 'ideas.merge.declined';
    if (proposal.state === 'accepted') return 'ideas.merge.accepted';
    const waitingFor = [proposal.mergedIdea, proposal.keptIdea].filter((side) => !side.accepted).length;
    return waitingFor === 2 ? 'ideas.merge.waitingBoth' : 'ideas.merge.waitingOne';
  }

  protected async propose(): Promise<void> {
    this.proposal.markAllAsTouched();
    if (this.proposal.invalid) return;
    const sent = await this.proposing.send(
      this.api.propose(this.idea().id, { intoIdeaId: this.into.value, reason: this.reason.value.trim() }),
      'ideas.merge.proposed',
      (proposal) => {
        if (proposal.state === 'accepted') this.changed.emit();
      },
    );
    if (sent) {
      this.proposal.reset();
      this.refresh.update((count) => count + 1);
    }
  }

  protected async answer(proposal: MergeProposalView, answer: 'accept' | 'decline'): Promise<void> {
    const reason = this.declineReason.value.trim();
    if (answer === 'decline' && !reason) {
      this.answering.refuse('ideas.merge.declineNeedsReason');
      return;
    }
    await this.answering.send(
      this.api.answer(proposal.id, answer === 'decline' ? { answer, reason } : { answer }),
      answer === 'accept' ? 'ideas.merge.acceptedToast' : 'ideas.merge.declinedToast',
      (updated) => {
        if (updated.state === 'accepted') this.changed.emit();
        this.refresh.update((count) => count + 1);
      },
    );
  }
}
