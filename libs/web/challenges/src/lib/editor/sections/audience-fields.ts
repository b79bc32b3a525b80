import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { CHALLENGE_AUDIENCES, IDEA_VISIBILITIES } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BriefForm } from '../brief-form';
import { refreshOnFormEvents } from '../editor-sections';
import { TagsField } from '@crowdforge/web-ui';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/** Who may see and take part, who sees the ideas, and whether ideas may be posted anonymously. */
@Component({
  selector: 'cf-audience-fields',
  imports: [MatRadioButton, MatRadioGroup, MatSlideToggle, ReactiveFormsModule, TagsField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cf-stack' },
  template: `
    @let controls = form().controls;
    <h3 id="editor-audience-label">{{ 'challenges.editor.audience' | transloco }}</h3>
    <mat-radio-group
      class="options"
      [formControl]="controls.audience"
      aria-labelledby="editor-audience-label"
      data-testid="editor-audience"
    >
      @for (audience of audiences; track audience) {
        <mat-radio-button [value]="audience" [attr.data-testid]="'editor-audience-' + audience">
          {{ 'challenges.audience.' + audience | transloco }}
          <span class="option-hint">{{ 'challenges.editor.audienceHints.' + audience | transloco }}</span>
        </mat-radio-button>
      }
    </mat-radio-group>
    @if (controls.audience.value === 'invite_only') {
      <cf-tags-field
        [control]="controls.invitedEmails"
        [label]="'challenges.editor.invitedEmails' | transloco"
        [hint]="'challenges.editor.invitedEmailsHint' | transloco"
        [pattern]="email"
        [lowerCase]="true"
        [maxLength]="254"
        refusedKey="challenges.editor.errors.email"
        testId="editor-invited-emails"
      />
      <cf-tags-field
        [control]="controls.invitedDomains"
        [label]="'challenges.editor.invitedDomains' | transloco"
        [hint]="'challenges.editor.invitedDomainsHint' | transloco"
        [pattern]="domain"
        [lowerCase]="true"
        [maxLength]="253"
        refusedKey="challenges.editor.errors.domain"
        testId="editor-invited-domains"
      />
    }

    <h3 id="editor-visibility-label">{{ 'challenges.editor.ideaVisibility' | transloco }}</h3>
    <mat-radio-group
      class="options"
      [formControl]="controls.ideaVisibility"
      aria-labelledby="editor-visibility-label"
      data-testid="editor-idea-visibility"
    >
      @for (visibility of visibilities; track visibility) {
        <mat-radio-button [value]="visibility" [attr.data-testid]="'editor-idea-visibility-' + visibility">
          {{ 'challenges.editor.visibility.' + visibility | transloco }}
        </mat-radio-button>
      }
    </mat-radio-group>
    <mat-slide-toggle [formControl]="controls.allowAnonymous" data-testid="editor-anonymous">
      {{ 'challenges.editor.allowAnonymous' | transloco }}
    </mat-slide-toggle>
  `,
})
export class AudienceFields {
  readonly form = input.required<BriefForm>();

  protected readonly audiences = CHALLENGE_AUDIENCES;
  protected readonly visibilities = IDEA_VISIBILITIES;
  protected readonly email = EMAIL;
  protected readonly domain = DOMAIN;

  constructor() {
    refreshOnFormEvents(this.form);
  }
}
