import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { BRIEF_SECTIONS, type AmendmentView, type BriefSection, type ChallengeDetail } from '@crowdforge/contracts';
import { ErrorState, injectSubmission, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { CONVERSATION_STYLES } from './conversation-styles';
import { KeyedForms } from './keyed-forms';
import { mayTalk } from './may-talk';
import { paragraphsOf } from './paragraphs';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** Suggested rewrites of one paragraph of the brief; organisers take them in (a revision) or decline with a reason. */
@Component({
  selector: 'cf-amendments-section',
  imports: [
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="amendments">{{ 'challenges.conversation.amendments.title' | transloco }}</h2>
    @if (amendments.error()) {
      <cf-error-state [message]="errorText(amendments.error())" (retry)="amendments.reload()" />
    } @else if (amendments.hasValue()) {
      <ul class="items" data-testid="amendments">
        @for (amendment of amendments.value(); track amendment.id) {
          <li class="item" data-testid="amendment" [attr.data-state]="amendment.state">
            <p class="meta">
              {{ 'challenges.conversation.sections.' + amendment.section | transloco }} ·
              {{ 'challenges.conversation.amendments.states.' + amendment.state | transloco }}
              @if (amendment.revision !== null) {
                · {{ 'challenges.conversation.amendments.inRevision' | transloco: { number: amendment.revision } }}
              }
            </p>
            <p>
              <del>{{ amendment.original }}</del>
            </p>
            <p>
              <ins>{{ amendment.proposed }}</ins>
            </p>
            @if (amendment.rationale) {
              <p>{{ amendment.rationale }}</p>
            }
            <p class="meta">{{ amendment.author }} · {{ amendment.createdAt | cfDate: 'dateTime' }}</p>
            @if (amendment.response) {
              <div class="reply">
                <p>{{ amendment.response }}</p>
              </div>
            }
            @if (amendment.state === 'open' && challenge().viewer.canManage && challenge().state === 'published') {
              <form [formGroup]="responses.of(amendment.id)" (ngSubmit)="decide(amendment, 'accept')">
                <mat-form-field>
                  <mat-label>{{ 'challenges.conversation.amendments.response' | transloco }}</mat-label>
                  <input matInput formControlName="response" data-testid="amendment-response" />
                </mat-form-field>
                <div class="actions">
                  <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="amendment-accept">
                    {{ 'challenges.conversation.amendments.accept' | transloco }}
                  </button>
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="submission.busy()"
                    (click)="decide(amendment, 'decline')"
                    data-testid="amendment-decline"
                  >
                    {{ 'challenges.conversation.amendments.decline' | transloco }}
                  </button>
                </div>
              </form>
            }
          </li>
        } @empty {
          <li class="empty">{{ 'challenges.conversation.amendments.empty' | transloco }}</li>
        }
      </ul>
    } @else {
      <cf-loading-state [diameter]="24" />
    }
    @if (submission.failure(); as failure) {
      <p class="error" role="alert">{{ failure }}</p>
    }
    @if (mayTalk(challenge())) {
      <form [formGroup]="form" (ngSubmit)="suggest()" data-testid="suggest-form">
        <h3>{{ 'challenges.conversation.amendments.suggest' | transloco }}</h3>
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.amendments.section' | transloco }}</mat-label>
          <mat-select formControlName="section" data-testid="suggest-section">
            @for (section of sections(); track section) {
              <mat-option [value]="section">{{ 'challenges.conversation.sections.' + section | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.amendments.paragraph' | transloco }}</mat-label>
          <mat-select formControlName="paragraph" data-testid="suggest-paragraph">
            @for (paragraph of paragraphs(); track $index) {
              <mat-option [value]="$index">{{ $index + 1 }}. {{ paragraph.slice(0, 80) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.amendments.proposed' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="proposed" data-testid="suggest-proposed"></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.amendments.rationale' | transloco }}</mat-label>
          <input matInput formControlName="rationale" data-testid="suggest-rationale" />
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="suggest-submit">
            {{ 'challenges.conversation.amendments.send' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styles: CONVERSATION_STYLES,
})
export class AmendmentsSection {
  private readonly api = inject(ConversationApi);
  protected readonly errorText = injectErrorText();
  protected readonly mayTalk = mayTalk;

  readonly challenge = input.required<ChallengeDetail>();
  /** A suggestion was taken in: the brief has a new revision. */
  readonly revised = output<void>();

  protected readonly amendments = rxResource({
    params: () => ({ id: this.challenge().id, revision: this.challenge().revision }),
    stream: ({ params }) => this.api.amendments(params.id),
  });
  protected readonly form = new FormGroup({
    section: new FormControl<BriefSection>('problem', { nonNullable: true }),
    paragraph: new FormControl(0, { nonNullable: true }),
    proposed: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(5000)] }),
    rationale: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  private readonly section = toSignal(this.form.controls.section.valueChanges, {
    initialValue: 'problem' as BriefSection,
  });
  /** Only sections that have text can be amended. */
  protected readonly sections = computed(() =>
    BRIEF_SECTIONS.filter((section) => this.challenge().brief[section].markdown.trim()),
  );
  protected readonly paragraphs = computed(() => paragraphsOf(this.challenge().brief[this.section()].markdown));
  protected readonly responses = new KeyedForms(
    () => new FormGroup({ response: new FormControl('', { nonNullable: true }) }),
  );
  protected readonly submission = injectSubmission(injectErrorText());

  constructor() {
    // The proposal starts as the paragraph it rewrites.
    this.form.controls.section.valueChanges.subscribe(() => this.form.controls.paragraph.setValue(0));
    this.form.controls.paragraph.valueChanges.subscribe((index) =>
      this.form.controls.proposed.setValue(this.paragraphs()[index] ?? ''),
    );
    effect(() => {
      const first = this.sections()[0];
      if (first) untracked(() => this.restart(first));
    });
  }

  private restart(section: BriefSection): void {
    this.form.reset({ section, paragraph: 0, rationale: '' });
    this.form.controls.section.setValue(section);
  }

  protected async suggest(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { section, paragraph, proposed, rationale } = this.form.getRawValue();
    const sent = await this.submission.send(
      this.api.suggest(this.challenge().id, {
        section,
        paragraph,
        proposed: proposed.trim(),
        rationale: rationale.trim(),
      }),
      'challenges.conversation.amendments.sent',
    );
    if (sent) {
      this.restart(section);
      this.amendments.reload();
    }
  }

  protected async decide(amendment: AmendmentView, decision: 'accept' | 'decline'): Promise<void> {
    const form = this.responses.of(amendment.id);
    const response = form.getRawValue().response.trim();
    if (decision === 'decline' && response.length < 3) {
      form.controls.response.setErrors({ required: true });
      this.submission.refuse('challenges.conversation.amendments.reasonNeeded');
      return;
    }
    const call =
      decision === 'accept'
        ? this.api.accept(this.challenge().id, amendment.id, response)
        : this.api.decline(this.challenge().id, amendment.id, response);
    const done = await this.submission.send(call, `challenges.conversation.amendments.${decision}ed`);
    if (!done) return;
    this.amendments.reload();
    if (decision === 'accept') this.revised.emit();
  }
}
