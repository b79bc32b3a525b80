import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  MAX_SUPPORT_THRESHOLD,
  MAX_TOKEN_BUDGET,
  MAX_VOTE_LIMIT,
  THRESHOLD_MODES,
  VOTING_MODES,
  type ChallengeDetail,
  type VotingMode,
  type VotingRules,
} from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { VotesApi } from '../data/votes.api';
import { votingHasOpened } from '../shared/idea-rules';
import { PANEL_STYLES } from '../shared/panel-styles';

const count = (max: number) => new FormControl<number | null>(null, [Validators.min(1), Validators.max(max)]);

/**
 * The organisers choose how the challenge votes — the mode, a limit of ideas per person, the token
 * budget and per-idea cap, whether authors vote for their own ideas — until its voting window opens.
 */
@Component({
  selector: 'cf-voting-settings',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="voting-settings-title" data-testid="voting-settings">
      <h2 id="voting-settings-title">{{ 'ideas.votingSettings.title' | transloco }}</h2>
      @if (locked()) {
        <p class="lead" data-testid="voting-locked">
          {{
            'ideas.votingSettings.locked'
              | transloco: { mode: 'ideas.votingSettings.modeName.' + form.controls.mode.value | transloco }
          }}
        </p>
      } @else {
        <p class="lead">{{ 'ideas.votingSettings.lead' | transloco }}</p>
      }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-radio-group
          class="modes"
          formControlName="mode"
          [attr.aria-label]="'ideas.votingSettings.modeLabel' | transloco"
        >
          @for (mode of modes; track mode) {
            <mat-radio-button [value]="mode" [attr.data-testid]="'voting-mode-' + mode">
              <strong>{{ 'ideas.votingSettings.mode.' + mode | transloco }}</strong>
              <span class="hint">{{ 'ideas.votingSettings.modeHint.' + mode | transloco }}</span>
            </mat-radio-button>
          }
        </mat-radio-group>
        @if (mode() === 'tokens') {
          <mat-form-field>
            <mat-label>{{ 'ideas.votingSettings.tokenBudget' | transloco }}</mat-label>
            <input matInput type="number" min="1" formControlName="tokenBudget" data-testid="voting-token-budget" />
            <mat-error>{{ form.controls.tokenBudget.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'ideas.votingSettings.tokensPerIdea' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="1"
              formControlName="tokensPerIdea"
              data-testid="voting-tokens-per-idea"
            />
            <mat-error>{{ form.controls.tokensPerIdea.errors | cfFieldError }}</mat-error>
          </mat-form-field>
        } @else if (mode() !== 'pairwise') {
          <mat-form-field>
            <mat-label>{{ 'ideas.votingSettings.voteLimit' | transloco }}</mat-label>
            <input matInput type="number" min="1" formControlName="voteLimit" data-testid="voting-limit" />
            <mat-hint>{{ 'ideas.votingSettings.voteLimitHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.voteLimit.errors | cfFieldError }}</mat-error>
          </mat-form-field>
        }
        @if (thresholdApplies()) {
          <mat-form-field>
            <mat-label>{{ 'ideas.votingSettings.supportThreshold' | transloco }}</mat-label>
            <input matInput type="number" min="1" formControlName="supportThreshold" data-testid="voting-threshold" />
            <mat-hint>{{ 'ideas.votingSettings.supportThresholdHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.supportThreshold.errors | cfFieldError }}</mat-error>
          </mat-form-field>
        }
        <mat-checkbox formControlName="authorsMayVote" data-testid="voting-authors">
          {{ 'ideas.votingSettings.authorsMayVote' | transloco }}
        </mat-checkbox>
        <mat-checkbox formControlName="blind" data-testid="voting-blind">
          {{ 'ideas.votingSettings.blind' | transloco }}
          <span class="hint">{{ 'ideas.votingSettings.blindHint' | transloco }}</span>
        </mat-checkbox>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        @if (!locked()) {
          <div class="cf-form-actions">
            <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="voting-save">
              {{ 'ideas.votingSettings.save' | transloco }}
            </button>
          </div>
        }
      </form>
    </section>
  `,
  styles: [
    PANEL_STYLES,
    `
      .modes {
        display: grid;
        gap: var(--cf-space-1);
        margin-block-end: var(--cf-space-2);
      }
      .hint {
        display: block;
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
      }
    `,
  ],
})
export class VotingSettings {
  private readonly api = inject(VotesApi);
  protected readonly submission = injectSubmission(injectErrorText());
  protected readonly modes = VOTING_MODES;

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly form = new FormGroup({
    mode: new FormControl<VotingMode>('support', { nonNullable: true }),
    voteLimit: count(MAX_VOTE_LIMIT),
    authorsMayVote: new FormControl(false, { nonNullable: true }),
    tokenBudget: count(MAX_TOKEN_BUDGET),
    tokensPerIdea: count(MAX_TOKEN_BUDGET),
    blind: new FormControl(false, { nonNullable: true }),
    supportThreshold: count(MAX_SUPPORT_THRESHOLD),
  });
  protected readonly mode = toSignal(this.form.controls.mode.valueChanges, { initialValue: 'support' as VotingMode });
  protected readonly thresholdApplies = computed(() => THRESHOLD_MODES.includes(this.mode()));
  /** Rules stay as they are once the voting window has opened. */
  protected readonly locked = computed(() => votingHasOpened(this.challenge()));
  private readonly current = rxResource({
    params: () => this.challenge().id,
    stream: ({ params }) => this.api.mine(params),
  });

  constructor() {
    effect(() => {
      if (this.current.hasValue()) this.show(this.current.value());
    });
    effect(() => (this.locked() ? this.form.disable() : this.form.enable()));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { mode, voteLimit, authorsMayVote, tokenBudget, tokensPerIdea, blind, supportThreshold } =
      this.form.getRawValue();
    const tokens = mode === 'tokens';
    const rules: VotingRules = {
      mode,
      authorsMayVote,
      // With tokens the budget is the limit; pairs have none.
      voteLimit: tokens || mode === 'pairwise' ? null : voteLimit || null,
      tokenBudget: tokens ? tokenBudget : null,
      tokensPerIdea: tokens ? tokensPerIdea : null,
      blind,
      supportThreshold: THRESHOLD_MODES.includes(mode) ? supportThreshold || null : null,
    };
    await this.submission.send(this.api.setRules(this.challenge().id, rules), 'ideas.votingSettings.saved', (saved) =>
      this.show(saved),
    );
  }

  private show(rules: VotingRules): void {
    const { mode, voteLimit, authorsMayVote, tokenBudget, tokensPerIdea, blind, supportThreshold } = rules;
    this.form.reset({ mode, voteLimit, authorsMayVote, tokenBudget, tokensPerIdea, blind, supportThreshold });
  }
}
