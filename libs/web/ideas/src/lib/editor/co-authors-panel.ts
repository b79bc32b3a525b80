import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { IdeaDetail } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, LocalDatePipe, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeasApi } from '../data/ideas.api';
import { PANEL_STYLES } from '../shared/panel-styles';

/** Authors invite co-authors by email and see how their invitations stand. */
@Component({
  selector: 'cf-co-authors-panel',
  imports: [
    FieldErrorPipe,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="co-authors-title" data-testid="co-authors">
      <h2 id="co-authors-title">{{ 'ideas.coAuthors.title' | transloco }}</h2>
      <p class="lead">{{ 'ideas.coAuthors.lead' | transloco }}</p>
      <form [formGroup]="form" (ngSubmit)="invite()" novalidate data-testid="invite-form">
        <mat-form-field>
          <mat-label>{{ 'ideas.coAuthors.email' | transloco }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" data-testid="invite-email" />
          <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        <button mat-stroked-button type="submit" [disabled]="submission.busy()" data-testid="invite-submit">
          <mat-icon svgIcon="person_add" aria-hidden="true" />
          {{ 'ideas.coAuthors.invite' | transloco }}
        </button>
      </form>
      @if (idea().invitations; as invitations) {
        @if (invitations.length > 0) {
          <ul class="invitations" data-testid="invitations">
            @for (invitation of invitations; track invitation.id) {
              <li data-testid="invitation" [attr.data-state]="invitation.state">
                <span class="email">{{ invitation.email }}</span>
                <span class="state">{{ 'ideas.coAuthors.states.' + invitation.state | transloco }}</span>
                <span class="cf-muted">{{ invitation.createdAt | cfDate: 'date' }}</span>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: [
    PANEL_STYLES,
    `
      form {
        justify-items: start;
      }
      .invitations {
        display: grid;
        gap: var(--cf-space-2);
        margin: var(--cf-space-4) 0 0;
        padding: 0;
        list-style: none;
      }
      .invitations li {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cf-space-1) var(--cf-space-3);
        align-items: baseline;
      }
      .email {
        overflow-wrap: anywhere;
      }
      .state {
        font: var(--mat-sys-label-large);
      }
    `,
  ],
})
export class CoAuthorsPanel {
  private readonly api = inject(IdeasApi);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<IdeaDetail>();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
  });

  protected async invite(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const sent = await this.submission.send(
      this.api.inviteCoAuthor(this.idea().id, this.form.getRawValue().email.trim()),
      'ideas.coAuthors.invited',
      (idea) => this.changed.emit(idea),
    );
    if (sent) this.form.reset();
  }
}
