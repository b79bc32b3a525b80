import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  ViewEncapsulation,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { FieldError } from '@crowdforge/contracts';
import { applyProblemToForm, formMessageOf, injectErrorText } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  ErrorState,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  LoadingState,
  PageHeader,
  ToastService,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { combineLatest, firstValueFrom, map } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { FieldLabelPipe } from '../shared/field-label';
import { injectManagedOrganisations } from '../shared/managed-organisations';
import { briefForm, challengeInputOf, windowFieldAliases } from './brief-form';
import { askChangeSummary } from './change-summary-dialog';
import { EDITOR_SECTIONS, EditorSection, EditorSectionCard, sectionAnchor } from './editor-sections';
import { AudienceFields } from './sections/audience-fields';
import { BasicsFields } from './sections/basics-fields';
import { BriefFields } from './sections/brief-fields';
import { CriteriaFields } from './sections/criteria-fields';
import { EligibilityFields } from './sections/eligibility-fields';
import { IdeaFormFields } from './sections/idea-form-fields';
import { LicenceFields } from './sections/licence-fields';
import { PeopleFields } from './sections/people-fields';
import { WindowsFields } from './sections/windows-fields';

/**
 * Writing a brief: a new draft at `/challenges/new?organisationId=` (saved with POST, which
 * opens the draft's page) or an existing one at `/challenges/:challengeId/edit` (saved with
 * PATCH). One long form in cards with an in-page navigation; a published brief asks what
 * changed before it saves.
 */
@Component({
  selector: 'cf-brief-editor-page',
  imports: [
    Alert,
    AudienceFields,
    BasicsFields,
    BriefFields,
    CriteriaFields,
    EditorSectionCard,
    EligibilityFields,
    ErrorState,
    FieldErrorPipe,
    FieldLabelPipe,
    FormMessageView,
    IdeaFormFields,
    LicenceFields,
    LoadingState,
    MatAnchor,
    MatButton,
    MatError,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    PageHeader,
    PeopleFields,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    WindowsFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The editor's parts share these styles; they are scoped by the page's element name.
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="cf-container cf-page">
      @if (editing() && challenge.error()) {
        <cf-error-state [message]="errorText(challenge.error())" (retry)="challenge.reload()" />
        <p>
          <a routerLink="/challenges">{{ 'challenges.page.back' | transloco }}</a>
        </p>
      } @else if (editing() && !existing()) {
        <cf-loading-state />
      } @else if (!allowed()) {
        <cf-alert
          kind="warning"
          [title]="'challenges.editor.notAllowedTitle' | transloco"
          data-testid="editor-not-allowed"
        >
          <p>{{ 'challenges.editor.notAllowed' | transloco }}</p>
        </cf-alert>
      } @else if (!editing() && organisations().length === 0) {
        <cf-alert
          kind="info"
          [title]="'challenges.editor.noOrganisationTitle' | transloco"
          data-testid="editor-no-organisation"
        >
          <p>{{ 'challenges.editor.noOrganisation' | transloco }}</p>
        </cf-alert>
      } @else {
        @let current = existing();
        <cf-page-header
          [title]="(current ? 'challenges.editor.editTitle' : 'challenges.editor.newTitle') | transloco"
          [lead]="current ? current.title : ('challenges.editor.newLead' | transloco)"
        >
          @if (current) {
            <a mat-stroked-button [routerLink]="['/challenges', current.id]" data-testid="editor-view">
              {{ 'challenges.editor.view' | transloco }}
            </a>
          }
        </cf-page-header>

        <div class="editor-layout">
          <nav class="editor-toc" [attr.aria-label]="'challenges.editor.toc' | transloco">
            <ol>
              @for (section of sections; track section) {
                <li>
                  <a
                    [routerLink]="[]"
                    [fragment]="anchor(section)"
                    queryParamsHandling="preserve"
                    (click)="focusSection(section)"
                    >{{ 'challenges.editor.sections.' + section | transloco }}</a
                  >
                </li>
              }
            </ol>
          </nav>

          <form [formGroup]="form()" (ngSubmit)="save()" novalidate class="editor-sections" data-testid="brief-editor">
            <cf-editor-section section="basics">
              @if (!current) {
                <mat-form-field>
                  <mat-label>{{ 'challenges.editor.organisation' | transloco }}</mat-label>
                  <mat-select [formControl]="organisation" required data-testid="editor-organisation">
                    @for (option of organisations(); track option.id) {
                      <mat-option [value]="option.id">{{ option.name }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ organisation.errors | cfFieldError }}</mat-error>
                </mat-form-field>
              }
              <cf-basics-fields [form]="form()" [challenge]="existing()" />
            </cf-editor-section>
            <cf-editor-section section="brief"><cf-brief-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="criteria"><cf-criteria-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="licence"><cf-licence-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="people"><cf-people-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="audience"><cf-audience-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="eligibility"><cf-eligibility-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="ideaForm"><cf-idea-form-fields [form]="form()" /></cf-editor-section>
            <cf-editor-section section="windows"><cf-windows-fields [form]="form()" /></cf-editor-section>

            <cf-form-message [message]="message()" />
            @if (fieldErrors().length > 0) {
              <cf-alert kind="error" [title]="'challenges.editor.fixFields' | transloco" data-testid="editor-errors">
                <ul class="editor-errors">
                  @for (error of fieldErrors(); track error.field) {
                    <li>
                      <strong>{{ error.field | cfFieldLabel }}:</strong> {{ error.messages.join(' ') }}
                    </li>
                  }
                </ul>
              </cf-alert>
            }
            <div class="editor-save">
              @if (published()) {
                <p class="cf-muted">{{ 'challenges.editor.revisionNote' | transloco }}</p>
              }
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="editor-save">
                {{
                  (busy() ? 'ui.saving' : current && published() ? 'ui.save' : 'challenges.editor.saveDraft')
                    | transloco
                }}
              </button>
            </div>
          </form>
        </div>
      }
    </div>
  `,
  styleUrl: './brief-editor-page.scss',
})
export class BriefEditorPage {
  private readonly api = inject(ChallengesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly managed = injectManagedOrganisations();
  protected readonly errorText = injectErrorText();

  private readonly address = toSignal(
    combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
      map(([params, query]) => ({
        challengeId: params.get('challengeId'),
        organisationId: query.get('organisationId'),
      })),
    ),
    { requireSync: true },
  );
  protected readonly editing = computed(() => this.address().challengeId !== null);
  protected readonly challenge = rxResource({
    params: () => this.address().challengeId ?? undefined,
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly existing = computed(() => (this.challenge.hasValue() ? this.challenge.value() : null));
  /** A fresh form for each version of the brief, so after saving it holds what the server kept. */
  protected readonly form = computed(() => briefForm(this.existing() ?? undefined));
  /** The API refuses edits by others anyway; this says so before anyone types. */
  protected readonly allowed = computed(() => this.existing()?.viewer.canManage ?? true);
  protected readonly published = computed(() => (this.existing()?.state ?? 'draft') !== 'draft');

  /** Where a new challenge is created: chosen from the organisations I run challenges in. */
  protected readonly organisations = computed(() => {
    const options = this.managed().map((m) => ({ id: m.organisationId, name: m.organisationName }));
    const asked = this.address().organisationId;
    return asked && !options.some((option) => option.id === asked) ? [...options, { id: asked, name: asked }] : options;
  });
  protected readonly organisation = new FormControl(
    this.address().organisationId ?? (this.managed().length === 1 ? this.managed()[0].organisationId : ''),
    { nonNullable: true, validators: Validators.required },
  );

  protected readonly sections = EDITOR_SECTIONS;
  protected readonly anchor = sectionAnchor;
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  /** What the API refused, field by field, listed above the save button. */
  protected readonly fieldErrors = signal<FieldError[]>([]);

  /** In-page links move keyboard focus along with the scroll position. */
  protected focusSection(section: EditorSection): void {
    this.document.getElementById(sectionAnchor(section))?.focus({ preventScroll: true });
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const existing = this.existing();
    this.message.set(null);
    this.fieldErrors.set([]);
    if (form.invalid || (!existing && this.organisation.invalid)) {
      form.markAllAsTouched();
      this.organisation.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const input = challengeInputOf(form);
    const changeSummary = existing && this.published() ? await askChangeSummary(this.dialog) : undefined;
    if (existing && this.published() && !changeSummary) {
      return;
    }
    this.busy.set(true);
    try {
      if (existing) {
        const saved = await firstValueFrom(
          this.api.update(existing.id, changeSummary ? { ...input, changeSummary } : input),
        );
        this.challenge.set(saved);
        this.toast.success(changeSummary ? 'challenges.editor.revised' : 'challenges.editor.saved', {
          number: saved.revision,
        });
      } else {
        const created = await firstValueFrom(this.api.create(this.organisation.value, input));
        this.toast.success('challenges.editor.created');
        // On to the draft as people will see it, where it is published; "Edit brief" comes back here.
        await this.router.navigate(['/challenges', created.id], { replaceUrl: true });
      }
    } catch (error) {
      const problem = applyProblemToForm(form, error, windowFieldAliases(input.windows));
      const errors = problem.problem?.errors ?? [];
      this.fieldErrors.set(errors);
      this.message.set(errors.length > 0 ? null : formMessageOf(problem));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
