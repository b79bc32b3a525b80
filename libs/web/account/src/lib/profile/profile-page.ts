import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChipGrid, MatChipInput, MatChipInputEvent, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type { Language } from '@crowdforge/contracts';
import { LANGUAGE_OPTIONS, LanguageService } from '@crowdforge/web-core';
import { SessionStore } from '@crowdforge/web-identity-data';
import { MeApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import { FieldErrorPipe, FormMessage, FormMessageView, ToastService, focusFirstInvalid } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export const MAX_EXPERTISE = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_BIO_LENGTH = 500;

/** Name, bio, expertise tags, language and the two privacy choices. */
@Component({
  selector: 'cf-profile-page',
  imports: [
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    MatSlideToggle,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="profile-form" class="sections">
      <cf-form-message [message]="message()" />
      <section class="cf-card cf-stack" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{{ 'account.profile.title' | transloco }}</h2>
        <p class="cf-muted intro">{{ 'account.profile.lead' | transloco }}</p>
        <mat-form-field>
          <mat-label>{{ 'auth.fields.displayName' | transloco }}</mat-label>
          <input matInput formControlName="displayName" autocomplete="name" required data-testid="profile-name" />
          <mat-error>{{ form.controls.displayName.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'account.profile.bio' | transloco }}</mat-label>
          <textarea matInput formControlName="bio" rows="4" data-testid="profile-bio"></textarea>
          <mat-hint>{{ 'account.profile.bioHint' | transloco }}</mat-hint>
          <mat-hint align="end">{{ form.controls.bio.value.length }} / {{ maxBio }}</mat-hint>
          <mat-error>{{ form.controls.bio.errors | cfFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'account.profile.expertise' | transloco }}</mat-label>
          <mat-chip-grid #chips formControlName="expertise" [attr.aria-label]="'account.profile.expertise' | transloco">
            @for (tag of form.controls.expertise.value; track tag) {
              <mat-chip-row (removed)="removeTag(tag)" [attr.data-testid]="'expertise-' + tag">
                {{ tag }}
                <button
                  matChipRemove
                  type="button"
                  [attr.aria-label]="'account.profile.removeTag' | transloco: { tag }"
                >
                  <mat-icon svgIcon="cancel" aria-hidden="true" />
                </button>
              </mat-chip-row>
            }
          </mat-chip-grid>
          <input
            [placeholder]="'account.profile.expertisePlaceholder' | transloco"
            [matChipInputFor]="chips"
            [matChipInputSeparatorKeyCodes]="separators"
            [matChipInputAddOnBlur]="true"
            (matChipInputTokenEnd)="addTag($event)"
            data-testid="expertise-input"
          />
          <mat-hint>{{ 'account.profile.expertiseHint' | transloco: { max: maxTags } }}</mat-hint>
          <mat-error>{{ form.controls.expertise.errors | cfFieldError }}</mat-error>
        </mat-form-field>
      </section>

      <section class="cf-card" aria-labelledby="language-heading">
        <h2 id="language-heading">{{ 'account.profile.language' | transloco }}</h2>
        <p class="cf-muted intro" id="language-hint">{{ 'account.profile.languageHint' | transloco }}</p>
        <mat-radio-group
          formControlName="language"
          class="languages"
          aria-labelledby="language-heading"
          aria-describedby="language-hint"
        >
          @for (option of languages; track option.code) {
            <mat-radio-button
              [value]="option.code"
              [attr.lang]="option.code"
              [attr.data-testid]="'language-option-' + option.code"
            >
              {{ option.name }}
            </mat-radio-button>
          }
        </mat-radio-group>
      </section>

      <section class="cf-card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{{ 'account.privacy.title' | transloco }}</h2>
        <div class="toggles">
          <div class="toggle">
            <mat-slide-toggle
              formControlName="showOnLeaderboards"
              data-testid="privacy-leaderboards"
              aria-describedby="leaderboards-hint"
            >
              {{ 'account.privacy.leaderboards' | transloco }}
            </mat-slide-toggle>
            <p class="cf-muted hint" id="leaderboards-hint">{{ 'account.privacy.leaderboardsHint' | transloco }}</p>
          </div>
          <div class="toggle">
            <mat-slide-toggle formControlName="showNameOnIdeas" data-testid="privacy-name" aria-describedby="name-hint">
              {{ 'account.privacy.nameOnIdeas' | transloco }}
            </mat-slide-toggle>
            <p class="cf-muted hint" id="name-hint">{{ 'account.privacy.nameOnIdeasHint' | transloco }}</p>
          </div>
        </div>
      </section>

      <div class="cf-form-actions">
        <button mat-flat-button type="submit" [disabled]="busy() || form.pristine" data-testid="profile-save">
          {{ (busy() ? 'ui.saving' : 'ui.save') | transloco }}
        </button>
        @if (form.dirty) {
          <button mat-button type="button" (click)="reset()" data-testid="profile-reset">
            {{ 'ui.cancel' | transloco }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .sections {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-5);
    }
    .intro,
    .hint {
      margin: 0 0 var(--cf-space-3);
    }
    .languages {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-4);
    }
    .toggles {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-4);
    }
    .hint {
      margin: var(--cf-space-1) 0 0 3.25rem;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ProfilePage {
  private readonly me = inject(MeApi);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly maxTags = MAX_EXPERTISE;
  protected readonly maxBio = MAX_BIO_LENGTH;
  protected readonly languages = LANGUAGE_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(80)]],
    bio: ['', Validators.maxLength(MAX_BIO_LENGTH)],
    expertise: [[] as string[]],
    language: ['en' as Language],
    showOnLeaderboards: [true],
    showNameOnIdeas: [true],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    this.reset();
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim().slice(0, MAX_TAG_LENGTH);
    const tags = this.form.controls.expertise.value;
    if (tag && tags.length < MAX_EXPERTISE && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
      this.form.controls.expertise.setValue([...tags, tag]);
      this.form.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.form.controls.expertise.setValue(this.form.controls.expertise.value.filter((existing) => existing !== tag));
    this.form.markAsDirty();
  }

  protected reset(): void {
    const user = this.session.user();
    if (user) {
      this.form.reset({
        displayName: user.displayName,
        bio: user.bio,
        expertise: [...user.expertise],
        language: user.language,
        showOnLeaderboards: user.showOnLeaderboards,
        showNameOnIdeas: user.showNameOnIdeas,
      });
    }
    this.message.set(null);
  }

  protected async save(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const changes = this.form.getRawValue();
    try {
      const user = await firstValueFrom(this.me.update({ ...changes, displayName: changes.displayName.trim() }));
      this.session.setUser(user);
      if (user.language !== this.language.active()) {
        this.language.use(user.language);
      }
      this.reset();
      this.toast.success('ui.saved');
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
