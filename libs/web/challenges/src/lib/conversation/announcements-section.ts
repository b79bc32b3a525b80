import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ErrorState, injectSubmission, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConversationApi } from '../data/conversation.api';
import { CONVERSATION_STYLES } from './conversation-styles';
import { injectErrorText } from '@crowdforge/web-identity-data/api';

/** News from the organisers; they post it here and participants and followers are told. */
@Component({
  selector: 'cf-announcements-section',
  imports: [
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="announcements">{{ 'challenges.conversation.announcements.title' | transloco }}</h2>
    @if (announcements.error()) {
      <cf-error-state [message]="errorText(announcements.error())" (retry)="announcements.reload()" />
    } @else if (announcements.hasValue()) {
      <ul class="items" data-testid="announcements">
        @for (announcement of announcements.value(); track announcement.id) {
          <li class="item" data-testid="announcement">
            <h3>{{ announcement.title }}</h3>
            <div [innerHTML]="announcement.body.html"></div>
            <p class="meta">{{ announcement.author }} · {{ announcement.createdAt | cfDate: 'dateTime' }}</p>
          </li>
        } @empty {
          <li class="empty">{{ 'challenges.conversation.announcements.empty' | transloco }}</li>
        }
      </ul>
    } @else {
      <cf-loading-state [diameter]="24" />
    }
    @if (challenge().viewer.canManage && challenge().state === 'published') {
      <form [formGroup]="form" (ngSubmit)="announce()" data-testid="announce-form">
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.announcements.heading' | transloco }}</mat-label>
          <input matInput formControlName="title" data-testid="announce-title" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'challenges.conversation.announcements.body' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="body" data-testid="announce-body"></textarea>
        </mat-form-field>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="announce-submit">
            {{ 'challenges.conversation.announcements.send' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styles: CONVERSATION_STYLES,
})
export class AnnouncementsSection {
  private readonly api = inject(ConversationApi);
  protected readonly errorText = injectErrorText();

  readonly challenge = input.required<ChallengeDetail>();

  protected readonly announcements = rxResource({
    params: () => this.challenge().id,
    stream: ({ params }) => this.api.announcements(params),
  });
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
    }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10_000)] }),
  });
  protected readonly submission = injectSubmission(injectErrorText());

  protected async announce(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, body } = this.form.getRawValue();
    const sent = await this.submission.send(
      this.api.announce(this.challenge().id, title.trim(), body.trim()),
      'challenges.conversation.announcements.sent',
    );
    if (sent) {
      this.form.reset();
      this.announcements.reload();
    }
  }
}
