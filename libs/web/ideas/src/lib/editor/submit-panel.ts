import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import type { ChallengeDetail, IdeaDetail, SubmitIdeaInput } from '@crowdforge/contracts';
import { applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FormMessage, FormMessageView, ToastService, focusFirstInvalid } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { Autosave } from './autosave';
import { IdeaForm, needsLicence } from './idea-form';
import { PANEL_STYLES } from '../shared/panel-styles';

/**
 * Submitting a draft: what is left unsaved is saved first; the current licence version is
 * accepted here when the person has not yet; the API's reasons land next to their fields.
 */
@Component({
  selector: 'cf-submit-panel',
  imports: [FormMessageView, MatButton, MatCheckbox, MatIcon, ReactiveFormsModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = challenge();
    @let accept = form().controls.acceptLicence;
    <section id="submit" class="cf-card" aria-labelledby="submit-title" tabindex="-1" data-testid="submit-panel">
      <h2 id="submit-title">{{ 'ideas.submit.title' | transloco }}</h2>
      <p class="lead">{{ 'ideas.submit.lead' | transloco }}</p>
      @if (licenceNeeded()) {
        <div class="licence">
          <mat-checkbox
            [formControl]="accept"
            [required]="true"
            aria-describedby="submit-licence-error"
            data-testid="submit-licence"
            >{{ 'ideas.submit.acceptLicence' | transloco: { version: item.licence.version } }}</mat-checkbox
          >
          <a [routerLink]="['/challenges', item.id]" fragment="licence" data-testid="submit-licence-link">{{
            'ideas.submit.readLicence' | transloco
          }}</a>
          <p class="licence-error" id="submit-licence-error">
            @if (accept.touched && accept.invalid) {
              {{ accept.errors?.['server'] ?? ('ideas.submit.licenceRequired' | transloco) }}
            }
          </p>
        </div>
      }
      <cf-form-message [message]="message()" />
      <div class="cf-form-actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="submit()" data-testid="idea-submit">
          <mat-icon svgIcon="send" aria-hidden="true" />
          {{ (busy() ? 'ideas.submit.submitting' : 'ideas.submit.submit') | transloco }}
        </button>
      </div>
    </section>
  `,
  styles: [
    PANEL_STYLES,
    `
      .licence {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
      }
      .licence a {
        margin-inline-start: var(--cf-space-10);
      }
      .licence-error {
        min-block-size: 1.25rem;
        margin: 0 0 0 var(--cf-space-10);
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-error);
      }
    `,
  ],
})
export class SubmitPanel {
  private readonly api = inject(IdeasApi);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly challenge = input.required<ChallengeDetail>();
  readonly idea = input.required<IdeaDetail>();
  readonly form = input.required<IdeaForm>();
  readonly autosave = input.required<Autosave>();

  protected readonly licenceNeeded = computed(() => needsLicence(this.challenge()));
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected async submit(): Promise<void> {
    const form = this.form();
    this.message.set(null);
    form.markAllAsTouched();
    if (form.invalid) {
      this.message.set({ key: 'ideas.submit.fixFields' });
      focusFirstInvalid(this.host.nativeElement.ownerDocument.body);
      return;
    }
    this.busy.set(true);
    try {
      if (!(await this.autosave().flush())) {
        this.message.set({ key: 'ideas.submit.notSaved' });
        return;
      }
      const input: SubmitIdeaInput = this.licenceNeeded()
        ? { acceptLicenceVersion: this.challenge().licence.version }
        : {};
      const idea = await firstValueFrom(this.api.submit(this.idea().id, input));
      this.toast.success('ideas.submit.submitted');
      await this.router.navigate(['/ideas', idea.id]);
    } catch (error) {
      const problem = applyProblemToForm(form, error, { acceptLicenceVersion: 'acceptLicence' });
      this.message.set(formMessageOf(problem) ?? { key: 'ideas.submit.fixFields' });
      focusFirstInvalid(this.host.nativeElement.ownerDocument.body);
    } finally {
      this.busy.set(false);
    }
  }
}
