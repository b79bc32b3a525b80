import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { roleAllows, type ChallengeDetail, type VoteIntegrityReport } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { VotesApi } from '../data/votes.api';
import { PANEL_STYLES } from '../shared/panel-styles';

/**
 * The integrity report for the organisers and the organisation's moderators: per idea, the votes of
 * established against new or unverified accounts, and groups of accounts voting from one origin;
 * counts only. It loads when asked for, since each read is audited. The organisers download the
 * recount ledger here once voting has closed.
 */
@Component({
  selector: 'cf-vote-integrity',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (mayRead()) {
      <section class="cf-card" aria-labelledby="integrity-title" data-testid="integrity-report">
        <h2 id="integrity-title">{{ 'ideas.voteIntegrity.title' | transloco }}</h2>
        <p class="lead">{{ 'ideas.voteIntegrity.lead' | transloco }}</p>
        @if (report(); as report) {
          <p data-testid="integrity-summary">
            {{ 'ideas.voteIntegrity.summary' | transloco: { votes: report.votes, days: report.newAccountDays } }}
            @if (report.votesWithoutOrigin > 0) {
              {{ 'ideas.voteIntegrity.withoutOrigin' | transloco: { count: report.votesWithoutOrigin } }}
            }
          </p>
          @if (report.ideas.length > 0) {
            <table>
              <caption>
                {{
                  'ideas.voteIntegrity.ideasCaption' | transloco
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'ideas.voteIntegrity.idea' | transloco }}</th>
                  <th scope="col">{{ 'ideas.voteIntegrity.votes' | transloco }}</th>
                  <th scope="col">{{ 'ideas.voteIntegrity.established' | transloco }}</th>
                  <th scope="col">{{ 'ideas.voteIntegrity.newAccounts' | transloco }}</th>
                  <th scope="col">{{ 'ideas.voteIntegrity.unverified' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (idea of report.ideas; track idea.ideaId) {
                  <tr data-testid="integrity-idea" [class.doubtful]="idea.established * 2 < idea.votes">
                    <th scope="row">{{ idea.title }}</th>
                    <td>{{ idea.votes }}</td>
                    <td>{{ idea.established }}</td>
                    <td>{{ idea.newAccounts }}</td>
                    <td>{{ idea.unverified }}</td>
                  </tr>
                }
              </tbody>
            </table>
            @if (report.ideasWithVotes > report.ideas.length) {
              <p class="hint">
                {{
                  'ideas.voteIntegrity.moreIdeas'
                    | transloco: { shown: report.ideas.length, total: report.ideasWithVotes }
                }}
              </p>
            }
          }
          <h3>{{ 'ideas.voteIntegrity.groupsTitle' | transloco: { accounts: report.groupAccounts } }}</h3>
          @for (group of report.groups; track group.label) {
            <div class="group" data-testid="integrity-group">
              <p>
                <strong>{{ 'ideas.voteIntegrity.origin' | transloco: { label: group.label } }}</strong>
                {{ 'ideas.voteIntegrity.accounts' | transloco: { count: group.accounts } }}
              </p>
              <ul>
                @for (idea of group.ideas; track idea.ideaId) {
                  <li>{{ 'ideas.voteIntegrity.groupIdea' | transloco: { title: idea.title, votes: idea.votes } }}</li>
                }
              </ul>
            </div>
          } @empty {
            <p data-testid="integrity-no-groups">{{ 'ideas.voteIntegrity.noGroups' | transloco }}</p>
          }
          @if (report.groupCount > report.groups.length) {
            <p class="hint">
              {{
                'ideas.voteIntegrity.moreGroups' | transloco: { shown: report.groups.length, total: report.groupCount }
              }}
            </p>
          }
        }
        @if (failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        <div class="buttons">
          <button mat-stroked-button type="button" (click)="open()" [disabled]="busy()" data-testid="integrity-open">
            {{ (report() ? 'ideas.voteIntegrity.refresh' : 'ideas.voteIntegrity.open') | transloco }}
          </button>
          @if (ledgerUrl(); as url) {
            <a mat-stroked-button [href]="url" download data-testid="voting-ledger">
              {{ 'ideas.voteIntegrity.ledger' | transloco }}
            </a>
          }
        </div>
      </section>
    }
  `,
  styles: [
    PANEL_STYLES,
    `
      h3 {
        margin: var(--cf-space-3) 0 var(--cf-space-1);
        font: var(--mat-sys-title-small);
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
        font: var(--mat-sys-body-small);
      }
      caption {
        text-align: start;
        font: var(--mat-sys-label-large);
        margin-block-end: var(--cf-space-1);
      }
      th,
      td {
        padding: 2px var(--cf-space-1);
        text-align: end;
        border-block-end: 1px solid var(--mat-sys-outline-variant);
      }
      th[scope='row'],
      th[scope='col']:first-child {
        text-align: start;
        font-weight: normal;
      }
      tr.doubtful th,
      tr.doubtful td {
        color: var(--mat-sys-error);
      }
      .group p {
        margin: var(--cf-space-1) 0 0;
      }
      .group ul {
        margin: 0;
        padding-inline-start: var(--cf-space-3);
      }
      .hint {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
      }
      .buttons {
        margin-block-start: var(--cf-space-2);
      }
    `,
  ],
})
export class VoteIntegrityPanel {
  private readonly api = inject(VotesApi);
  private readonly session = inject(SessionStore);
  private readonly errorText = injectErrorText();

  readonly challenge = input.required<ChallengeDetail>();

  /** The organisers, and members of the organisation whose role moderates where ideas are shown to the audience. */
  protected readonly mayRead = computed(() => {
    const challenge = this.challenge();
    if (challenge.viewer.canManage) return true;
    const role = this.session.roleIn(challenge.organisation.id);
    return role !== null && roleAllows(role, 'moderation:act') && challenge.ideaVisibility === 'audience';
  });
  /** The organisers' ledger, once the voting window has closed. */
  protected readonly ledgerUrl = computed(() => {
    const challenge = this.challenge();
    const closed = challenge.windows.some(
      (window) => window.kind === 'voting' && window.closesAt !== null && new Date(window.closesAt) <= new Date(),
    );
    return challenge.viewer.canManage && closed ? this.api.ledgerUrl(challenge.id) : null;
  });
  protected readonly report = signal<VoteIntegrityReport | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async open(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.report.set(await firstValueFrom(this.api.integrity(this.challenge().id)));
    } catch (error) {
      this.failure.set(this.errorText(error));
    } finally {
      this.busy.set(false);
    }
  }
}
