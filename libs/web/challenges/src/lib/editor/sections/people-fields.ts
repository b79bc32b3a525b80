import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { type BriefForm, contactForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { RowActions } from '../row-actions';

/** The sponsor, the contacts people can ask, and the client the challenge may be run for. */
@Component({
  selector: 'cf-people-fields',
  imports: [
    FieldErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RowActions,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-stack' },
  template: `
    @let controls = form().controls;
    @let sponsor = controls.sponsor.controls;
    @let client = controls.onBehalfOf.controls;
    <h3>{{ 'challenges.editor.sponsor' | transloco }}</h3>
    <div class="row-fields">
      <mat-form-field class="wide">
        <mat-label>{{ 'challenges.editor.personName' | transloco }}</mat-label>
        <input matInput [formControl]="sponsor.name" autocomplete="off" data-testid="editor-sponsor-name" />
        <mat-error>{{ sponsor.name.errors | cfFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>{{ 'challenges.editor.sponsorTitle' | transloco }}</mat-label>
        <input matInput [formControl]="sponsor.title" data-testid="editor-sponsor-title" />
        <mat-error>{{ sponsor.title.errors | cfFieldError }}</mat-error>
      </mat-form-field>
    </div>

    <h3>{{ 'challenges.editor.contacts' | transloco }}</h3>
    <ol class="rows" data-testid="editor-contacts">
      @for (contact of controls.contacts.controls; track contact; let index = $index) {
        <li class="row" data-testid="editor-contact">
          <div class="row-fields">
            <mat-form-field class="wide">
              <mat-label>{{ 'challenges.editor.personName' | transloco }}</mat-label>
              <input matInput [formControl]="contact.controls.name" required data-testid="editor-contact-name" />
              <mat-error>{{ contact.controls.name.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="wide">
              <mat-label>{{ 'challenges.editor.contactRole' | transloco }}</mat-label>
              <input matInput [formControl]="contact.controls.role" data-testid="editor-contact-role" />
              <mat-error>{{ contact.controls.role.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="wide">
              <mat-label>{{ 'challenges.editor.contactEmail' | transloco }}</mat-label>
              <input matInput type="email" [formControl]="contact.controls.email" data-testid="editor-contact-email" />
              <mat-error>{{ contact.controls.email.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <cf-row-actions
              [array]="controls.contacts"
              [index]="index"
              [count]="controls.contacts.length"
              [label]="contact.controls.name.value"
            />
          </div>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" (click)="addContact()" data-testid="editor-add-contact">
      <mat-icon svgIcon="add" aria-hidden="true" />
      {{ 'challenges.editor.addContact' | transloco }}
    </button>

    <h3>{{ 'challenges.editor.onBehalfOf' | transloco }}</h3>
    <p class="cf-muted hint">{{ 'challenges.editor.onBehalfOfHint' | transloco }}</p>
    <div class="row-fields">
      <mat-form-field class="wide">
        <mat-label>{{ 'challenges.editor.clientName' | transloco }}</mat-label>
        <input matInput [formControl]="client.name" data-testid="editor-client-name" />
        <mat-error>{{ client.name.errors | cfFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>{{ 'challenges.editor.clientLogo' | transloco }}</mat-label>
        <input matInput type="url" [formControl]="client.logoUrl" data-testid="editor-client-logo" />
        <mat-hint>{{ 'challenges.editor.httpsHint' | transloco }}</mat-hint>
        <mat-error>{{ client.logoUrl.errors | cfFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'challenges.editor.clientColour' | transloco }}</mat-label>
        <input matInput [formControl]="client.brandColour" placeholder="#0f5f6e" data-testid="editor-client-colour" />
        <mat-hint>{{ 'challenges.editor.colourHint' | transloco }}</mat-hint>
        <mat-error>{{ client.brandColour.errors | cfFieldError }}</mat-error>
      </mat-form-field>
    </div>
  `,
})
export class PeopleFields {
  readonly form = input.required<BriefForm>();

  constructor() {
    refreshOnFormEvents(this.form);
  }

  protected addContact(): void {
    const contacts = this.form().controls.contacts;
    contacts.push(contactForm());
    contacts.markAsDirty();
  }
}
