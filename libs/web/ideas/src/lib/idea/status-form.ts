import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ORGANISER_STATUSES, type IdeaDetail, type OrganiserStatus } from '@crowdforge/contracts';
import { injectErrorText } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, injectSubmission } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeasApi } from '../data/ideas.api';
import { PANEL_STYLES } from '../shared/panel-styles';

/** Organisers move the idea on, always with a message that every author receives. */
@Component({
  selector: 'cf-status-form',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="status-form-title">
      <h2 id="status-form-title">{{ 'ideas.statusForm.title' | transloco }}</h2>
      <p class="lead">{{ 'ideas.statusForm.lead' | transloco }}</p>
      <form [formGroup]="form" (ngSubmit)="change()" novalidate data-testid="status-form">
        <mat-form-field>
          <mat-label>{{ 'ideas.statusForm.status' | transloco }}</mat-label>
          <mat-select formControlName="status" data-testid="status-select">
            @for (status of choices(); track status) {
              <mat-option [value]="status">{{ 'ideas.status.' + status | transloco }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.status.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ideas.statusForm.message' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="message" data-testid="status-message-input"></textarea>
          <mat-hint>{{ 'ideas.statusForm.messageHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.message.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        @if (submission.failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
        <div class="cf-form-actions">
          <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="status-submit">
            {{ 'ideas.statusForm.submit' | transloco }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: PANEL_STYLES,
})
export class StatusForm {
  private readonly api = inject(IdeasApi);
  protected readonly submission = injectSubmission(injectErrorText());

  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<IdeaDetail>();

  protected readonly choices = computed(() => ORGANISER_STATUSES.filter((status) => status !== this.idea().status));
  protected readonly form = new FormGroup({
    status: new FormControl<OrganiserStatus | null>(null, Validators.required),
    message: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(2000)],
    }),
  });

  protected async change(): Promise<void> {
    const { status, message } = this.form.getRawValue();
    if (this.form.invalid || !status) {
      this.form.markAllAsTouched();
      return;
    }
    const sent = await this.submission.send(
      this.api.setStatus(this.idea().id, { status, message: message.trim() }),
      'ideas.statusForm.changed',
      (idea) => this.changed.emit(idea),
    );
    if (sent) this.form.reset();
  }
}
