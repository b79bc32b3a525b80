import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT, ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PHASE_KINDS, type ChallengeDetail, type FieldError, type PhaseWindow } from '@crowdforge/contracts';
import { problemFrom } from '@crowdforge/web-core';
import { Alert, ToastService, confirmAction } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi, type WindowAction } from '../data/challenges.api';
import { FieldLabelPipe } from '../shared/field-label';

/** Why publishing was refused: the API's sentence and what is missing, field by field. */
interface PublishProblem {
  detail: string | null;
  errors: FieldError[];
}

/**
 * For those who manage the challenge: edit the brief, publish a draft, open and close the
 * phase windows by hand, and copy the secret link of an unlisted challenge.
 */
@Component({
  selector: 'cf-organiser-panel',
  imports: [
    Alert,
    FieldLabelPipe,
    MatAnchor,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatSuffix,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = challenge();
    <section class="cf-card panel" aria-labelledby="organiser-title" data-testid="organiser-panel">
      <h2 id="organiser-title">{{ 'challenges.organiser.title' | transloco }}</h2>
      <p class="meta">
        {{ 'challenges.state.' + item.state | transloco }} · {{ 'challenges.audience.' + item.audience | transloco }} ·
        {{ 'challenges.revisions.number' | transloco: { number: item.revision } }}
      </p>
      <div class="actions">
        <a mat-stroked-button [routerLink]="['/challenges', item.id, 'edit']" data-testid="challenge-edit">
          <mat-icon svgIcon="edit" aria-hidden="true" />
          {{ 'challenges.organiser.edit' | transloco }}
        </a>
        @if (item.state === 'draft') {
          <button mat-flat-button type="button" (click)="publish()" [disabled]="busy()" data-testid="challenge-publish">
            <mat-icon svgIcon="publish" aria-hidden="true" />
            {{ 'challenges.organiser.publish' | transloco }}
          </button>
        }
      </div>

      @if (publishProblem(); as problem) {
        <cf-alert kind="error" [title]="'challenges.organiser.publishFailed' | transloco" data-testid="publish-problem">
          @if (problem.detail) {
            <p>{{ problem.detail }}</p>
          }
          @if (problem.errors.length > 0) {
            <ul class="problems" data-testid="publish-errors">
              @for (error of problem.errors; track error.field) {
                <li>
                  <strong>{{ error.field | cfFieldLabel }}:</strong> {{ error.messages.join(' ') }}
                </li>
              }
            </ul>
          }
        </cf-alert>
      }

      @if (item.state === 'published' && windows().length > 0) {
        <h3>{{ 'challenges.organiser.windows' | transloco }}</h3>
        <ul class="windows">
          @for (window of windows(); track window.kind) {
            @let phase = 'challenges.phase.' + window.kind | transloco;
            <li>
              <span>{{ phase }}</span>
              @if (window.open) {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="setWindow(window, 'close')"
                  [disabled]="busy()"
                  [attr.data-testid]="'window-close-' + window.kind"
                >
                  <mat-icon svgIcon="stop_circle" aria-hidden="true" />
                  {{ 'challenges.organiser.close' | transloco: { phase } }}
                </button>
              } @else {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="setWindow(window, 'open')"
                  [disabled]="busy()"
                  [attr.data-testid]="'window-open-' + window.kind"
                >
                  <mat-icon svgIcon="play_circle" aria-hidden="true" />
                  {{ 'challenges.organiser.open' | transloco: { phase } }}
                </button>
              }
            </li>
          }
        </ul>
      }

      @if (unlistedLink(); as link) {
        <mat-form-field class="link" subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.organiser.unlistedLink' | transloco }}</mat-label>
          <input matInput readonly [value]="link" data-testid="unlisted-link" />
          <button
            mat-button
            matSuffix
            type="button"
            (click)="copy(link)"
            data-testid="unlisted-link-copy"
            aria-live="polite"
          >
            <mat-icon svgIcon="content_copy" aria-hidden="true" />
            {{ (copied() ? 'ui.copied' : 'ui.copy') | transloco }}
          </button>
        </mat-form-field>
        <p class="hint">{{ 'challenges.organiser.unlistedHint' | transloco }}</p>
      }

      @if (item.organiser; as organiser) {
        @if (item.audience === 'invite_only') {
          <p class="meta" data-testid="invited">
            {{
              'challenges.organiser.invited'
                | transloco: { people: organiser.invitedEmails.length, domains: organiser.invitedDomains.length }
            }}
          </p>
        }
      }
    </section>
  `,
  styleUrl: './organiser-panel.scss',
})
export class OrganiserPanel {
  private readonly api = inject(ChallengesApi);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly challenge = input.required<ChallengeDetail>();
  readonly changed = output<ChallengeDetail>();

  protected readonly busy = signal(false);
  protected readonly publishProblem = signal<PublishProblem | null>(null);
  protected readonly copied = signal(false);
  protected readonly windows = computed(() =>
    [...this.challenge().windows].sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind)),
  );
  /** The secret link as people will open it (the API may give it relative to this site). */
  protected readonly unlistedLink = computed(() => {
    const link = this.challenge().organiser?.unlistedLink;
    return link ? new URL(link, this.document.baseURI).href : null;
  });

  protected async publish(): Promise<void> {
    this.publishProblem.set(null);
    this.busy.set(true);
    try {
      const published = await firstValueFrom(this.api.publish(this.challenge().id));
      this.toast.success('challenges.organiser.published', { title: published.title });
      this.changed.emit(published);
    } catch (error) {
      const problem = problemFrom(error);
      this.publishProblem.set({ detail: problem?.detail ?? null, errors: problem?.errors ?? [] });
    } finally {
      this.busy.set(false);
    }
  }

  protected async setWindow(window: PhaseWindow, action: WindowAction): Promise<void> {
    const phase = this.transloco.translate(`challenges.phase.${window.kind}`);
    if (
      action === 'close' &&
      !(await confirmAction(this.dialog, {
        title: this.transloco.translate('challenges.organiser.closeTitle', { phase }),
        message: this.transloco.translate('challenges.organiser.closeMessage'),
        confirmLabel: this.transloco.translate('challenges.organiser.close', { phase }),
      }))
    ) {
      return;
    }
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(this.api.setWindow(this.challenge().id, window.kind, action));
      this.toast.success(`challenges.organiser.${action === 'open' ? 'opened' : 'closed'}`, { phase });
      this.changed.emit(updated);
    } catch {
      // The API interceptor showed why.
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(link: string): void {
    this.copied.set(this.clipboard.copy(link));
  }
}
