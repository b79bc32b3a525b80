import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MAX_GUIDELINES_LENGTH } from '@crowdforge/contracts';
import { ModerationApi, applyProblemToForm, formMessageOf, injectErrorText } from '@crowdforge/web-identity-data/api';
import {
  ErrorState,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  LoadingState,
  ToastService,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationContext } from '../shared/organisation-context';

/** The community guidelines (markdown), shown above the idea editor and the comment box; empty removes them. */
@Component({
  selector: 'cf-guidelines-tab',
  imports: [
    ErrorState,
    FieldErrorPipe,
    FormMessageView,
    LoadingState,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card cf-stack" aria-labelledby="guidelines-heading">
      <h2 id="guidelines-heading">{{ 'moderation.guidelines.title' | transloco }}</h2>
      <p class="cf-muted intro">{{ 'moderation.guidelines.lead' | transloco }}</p>
      @if (guidelines.error()) {
        <cf-error-state [message]="errorText(guidelines.error())" (retry)="guidelines.reload()" />
      } @else if (guidelines.hasValue()) {
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="cf-stack" data-testid="guidelines-form">
          <cf-form-message [message]="message()" />
          <mat-form-field>
            <mat-label>{{ 'moderation.guidelines.text' | transloco }}</mat-label>
            <textarea matInput rows="12" formControlName="markdown" data-testid="guidelines-text"></textarea>
            <mat-hint>{{ 'moderation.guidelines.hint' | transloco }}</mat-hint>
            <mat-error>{{ markdown.errors | cfFieldError }}</mat-error>
          </mat-form-field>
          <div class="cf-form-actions">
            <button
              mat-flat-button
              type="submit"
              [disabled]="busy() || markdown.pristine"
              data-testid="guidelines-save"
            >
              {{ (busy() ? 'ui.saving' : 'ui.save') | transloco }}
            </button>
          </div>
        </form>
        @if (guidelines.value().text; as text) {
          <h3>{{ 'moderation.guidelines.preview' | transloco }}</h3>
          <div class="cf-markdown-tight preview" [innerHTML]="text.html" data-testid="guidelines-preview"></div>
        }
      } @else {
        <cf-loading-state />
      }
    </section>
  `,
  styles: `
    h2,
    h3,
    .intro {
      margin: 0;
    }
    .preview {
      padding: var(--cf-space-3);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      overflow-wrap: anywhere;
    }
  `,
})
export class GuidelinesTab {
  private readonly context = inject(OrganisationContext);
  private readonly api = inject(ModerationApi);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly errorText = injectErrorText();

  protected readonly guidelines = rxResource({
    params: () => this.context.id() || undefined,
    stream: ({ params }) => this.api.guidelines(params),
  });
  protected readonly form = new FormGroup({
    markdown: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MAX_GUIDELINES_LENGTH)] }),
  });
  protected readonly markdown = this.form.controls.markdown;
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    effect(() => {
      const loaded = this.guidelines.hasValue() ? this.guidelines.value() : undefined;
      if (loaded && this.markdown.pristine) this.markdown.reset(loaded.text?.markdown ?? '');
    });
  }

  protected async save(): Promise<void> {
    this.message.set(null);
    if (this.markdown.invalid) {
      this.markdown.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(this.api.setGuidelines(this.context.id(), this.markdown.value.trim()));
      this.markdown.markAsPristine();
      this.guidelines.set(saved);
      this.toast.success('moderation.guidelines.saved');
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
    } finally {
      this.busy.set(false);
    }
  }
}
