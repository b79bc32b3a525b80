import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { OrganisationView } from '@crowdforge/contracts';
import { OrganisationsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, FormMessage, FormMessageView, focusFirstInvalid } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** Lower-case letters, digits and single dashes (what the API accepts as a slug). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug the API would derive from a name, shown as a suggestion. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Name (and optionally the web address) of a new organisation; closes with the organisation. */
@Component({
  selector: 'cf-create-organisation-dialog',
  imports: [
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
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
    <h2 mat-dialog-title>{{ 'organisations.create.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate data-testid="create-organisation-form">
      <mat-dialog-content class="cf-stack">
        <p class="lead">{{ 'organisations.create.lead' | transloco }}</p>
        <cf-form-message [message]="message()" />
        <mat-form-field>
          <mat-label>{{ 'organisations.fields.name' | transloco }}</mat-label>
          <input
            matInput
            formControlName="name"
            required
            data-testid="create-organisation-name"
            autocomplete="organization"
          />
          <mat-error>{{ form.controls.name.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'organisations.fields.slug' | transloco }}</mat-label>
          <input
            matInput
            formControlName="slug"
            data-testid="create-organisation-slug"
            [placeholder]="suggestion(form.controls.name.value)"
          />
          <mat-hint>{{ 'organisations.create.slugHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.slug.errors | cfFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'ui.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="create-organisation-submit">
          {{ 'organisations.create.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin: 0 0 var(--cf-space-2);
    }
  `,
})
export class CreateOrganisationDialog {
  private readonly api = inject(OrganisationsApi);
  private readonly ref = inject<MatDialogRef<CreateOrganisationDialog, OrganisationView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    slug: ['', [Validators.maxLength(60), Validators.pattern(SLUG_PATTERN)]],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected suggestion(name: string): string {
    return slugify(name) || 'leafy-tea';
  }

  protected async create(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { name, slug } = this.form.getRawValue();
    try {
      const organisation = await firstValueFrom(
        this.api.create({ name: name.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) }),
      );
      this.ref.close(organisation);
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
