import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { IdeaDetail } from '@crowdforge/contracts';
import { applyProblemToForm, formMessageOf, injectErrorText } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  ErrorState,
  FormMessage,
  FormMessageView,
  LoadingState,
  PageHeader,
  ToastService,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { IdeasApi } from '../data/ideas.api';
import { IdeaLineage } from '../lineage/idea-lineage';
import { AttachmentsEditor } from '../attachments/attachments-editor';
import { CommunityGuidelines } from '../moderation/community-guidelines';
import { HiddenBanner } from '../moderation/hidden-banner';
import { Autosave } from './autosave';
import { AutosaveStatus } from './autosave-status';
import { CoAuthorsPanel } from './co-authors-panel';
import { IdeaFields } from './idea-fields';
import { ideaForm, ideaInputOf } from './idea-form';
import { SimilarIdeasPanel } from './similar-ideas-panel';
import { SubmitPanel } from './submit-panel';

/**
 * Writing an idea: at `/challenges/:challengeId/ideas/new` the first save creates the draft
 * and moves on to `/ideas/:ideaId/edit`, where every change is saved as people type. Drafts
 * are submitted from here; authors invite co-authors.
 */
@Component({
  selector: 'cf-idea-editor-page',
  imports: [
    Alert,
    AttachmentsEditor,
    AutosaveStatus,
    CoAuthorsPanel,
    CommunityGuidelines,
    ErrorState,
    FormMessageView,
    HiddenBanner,
    IdeaFields,
    IdeaLineage,
    LoadingState,
    MatAnchor,
    MatButton,
    PageHeader,
    ReactiveFormsModule,
    RouterLink,
    SimilarIdeasPanel,
    SubmitPanel,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      @if (loadError(); as error) {
        <cf-error-state [message]="errorText(error)" (retry)="reload()" />
        <p>
          <a routerLink="/challenges">{{ 'ideas.page.toChallenges' | transloco }}</a>
        </p>
      } @else if (challenge.hasValue() && form(); as form) {
        @let item = challenge.value();
        @let current = idea();
        <cf-page-header
          [title]="(current ? 'ideas.editor.editTitle' : 'ideas.editor.newTitle') | transloco"
          [lead]="'ideas.editor.lead' | transloco: { title: item.title }"
        >
          @if (current) {
            <a mat-stroked-button [routerLink]="['/ideas', current.id]" data-testid="editor-view-idea">
              {{ 'ideas.editor.view' | transloco }}
            </a>
          } @else {
            <a mat-stroked-button [routerLink]="['/challenges', item.id]">{{ 'ideas.page.toChallenge' | transloco }}</a>
          }
        </cf-page-header>

        @if (current ? !current.viewer.canEdit : !item.viewer.isParticipant) {
          <cf-alert kind="warning" data-testid="editor-not-allowed">
            <p>{{ (current ? 'ideas.editor.notEditable' : 'ideas.editor.joinFirst') | transloco }}</p>
          </cf-alert>
        } @else {
          @if (!current && buildsOn.hasValue()) {
            <cf-alert kind="info" data-testid="editor-builds-on">
              <p>{{ 'ideas.lineage.buildingOn' | transloco: { title: buildsOn.value().title } }}</p>
            </cf-alert>
          }
          @if (current?.hidden; as hidden) {
            <cf-hidden-banner [mark]="hidden" />
          }
          <cf-community-guidelines [challengeId]="item.id" />
          <div class="layout">
            <form [formGroup]="form" (ngSubmit)="create()" novalidate class="cf-card editor" data-testid="idea-editor">
              <h2 class="cf-visually-hidden">{{ 'ideas.editor.fieldsTitle' | transloco }}</h2>
              <cf-idea-fields [form]="form" [challenge]="item" [idea]="current" (changed)="idea.set($event)" />
              @if (current) {
                <cf-attachments-editor [idea]="current" (changed)="idea.set($event)" />
              }
              @if (autosave(); as autosave) {
                <cf-autosave-status [state]="autosave.state()" />
              } @else {
                <cf-form-message [message]="message()" />
                <div class="cf-form-actions">
                  <button mat-flat-button type="submit" [disabled]="busy()" data-testid="idea-create">
                    {{ (busy() ? 'ui.saving' : 'ideas.editor.saveDraft') | transloco }}
                  </button>
                </div>
              }
            </form>
            <aside class="side" [attr.aria-label]="'ideas.editor.aside' | transloco">
              @if (current && autosave(); as autosave) {
                @if (current.status === 'draft') {
                  <cf-submit-panel [challenge]="item" [idea]="current" [form]="form" [autosave]="autosave" />
                }
                @if (current.invitations !== null) {
                  <cf-co-authors-panel [idea]="current" (changed)="idea.set($event)" />
                }
                <cf-idea-lineage [idea]="current" [editable]="true" (changed)="idea.set($event)" />
              }
              <cf-similar-ideas-panel
                [challengeId]="item.id"
                [editing]="autosave() ? current : null"
                [form]="form"
                (changed)="idea.set($event)"
              />
            </aside>
          </div>
        }
      } @else {
        <cf-loading-state />
      }
    </div>
  `,
  styleUrl: './idea-editor-page.scss',
})
export class IdeaEditorPage {
  private readonly api = inject(IdeasApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly errorText = injectErrorText();

  private readonly params = toSignal(
    this.route.paramMap.pipe(
      map((params) => ({ ideaId: params.get('ideaId'), challengeId: params.get('challengeId') })),
    ),
    { requireSync: true },
  );
  private readonly loaded = rxResource({
    params: () => this.params().ideaId ?? undefined,
    stream: ({ params }) => this.api.get(params),
  });
  /** The idea as the server last returned it (null on the page for a new idea). */
  protected readonly idea = linkedSignal<IdeaDetail | null>(() =>
    this.loaded.hasValue() ? this.loaded.value() : null,
  );
  protected readonly challenge = rxResource({
    params: () => this.params().challengeId ?? (this.loaded.hasValue() ? this.loaded.value().challengeId : undefined),
    stream: ({ params }) => this.api.challenge(params),
  });
  /** On a new idea: the idea it will build on, from `?buildsOn=`. */
  protected readonly buildsOn = rxResource({
    params: () => (this.params().ideaId ? undefined : (this.route.snapshot.queryParamMap.get('buildsOn') ?? undefined)),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loadError = computed(() => this.loaded.error() ?? this.challenge.error());

  /** Built once per challenge (and idea), so saving never resets what people are typing. */
  protected readonly form = computed(() => {
    if (!this.challenge.hasValue() || (this.params().ideaId && !this.loaded.hasValue())) return null;
    const challenge = this.challenge.value();
    return untracked(() => ideaForm(challenge, this.idea()));
  });
  protected readonly autosave = computed(() => {
    const form = this.form();
    const ideaId = this.params().ideaId;
    if (!form || !ideaId) return null;
    return new Autosave(
      form,
      (changes) => this.api.update(ideaId, changes),
      this.errorText,
      this.destroyRef,
      (idea) => this.idea.set(idea),
    );
  });

  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  /** A new idea written from another's "build on this" is linked to it as soon as it exists. */
  private async linkToBuiltOn(ideaId: string): Promise<void> {
    if (!this.buildsOn.hasValue()) return;
    try {
      await firstValueFrom(this.api.buildOn(ideaId, this.buildsOn.value().id, true));
    } catch {
      this.toast.error('ideas.lineage.notLinked');
    }
  }

  protected reload(): void {
    this.loaded.reload();
    this.challenge.reload();
  }

  /** The first save of a new idea: creates the draft and opens it for editing. */
  protected async create(): Promise<void> {
    const form = this.form();
    const challengeId = this.params().challengeId;
    if (!form || !challengeId || this.autosave()) return;
    this.message.set(null);
    if (form.controls.title.invalid) {
      form.controls.title.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      const created = await firstValueFrom(this.api.create(challengeId, ideaInputOf(form)));
      this.toast.success('ideas.editor.created');
      await this.linkToBuiltOn(created.id);
      await this.router.navigate(['/ideas', created.id, 'edit'], { replaceUrl: true });
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
