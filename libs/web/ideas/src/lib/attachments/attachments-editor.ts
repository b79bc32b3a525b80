import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import {
  ACCEPTED_UPLOADS,
  MAX_ATTACHMENTS_PER_IDEA,
  type AttachmentView,
  type IdeaDetail,
} from '@crowdforge/contracts';
import { injectErrorText, UploadRun } from '@crowdforge/web-identity-data/api';
import { UploadButton } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { IdeaAttachmentsApi } from '../data/idea-attachments.api';
import { IdeasApi } from '../data/ideas.api';
import { AttachmentList } from './attachment-list';

/** Every type an idea takes, for the file picker. */
export const ACCEPT_ANY = [...ACCEPTED_UPLOADS.image, ...ACCEPTED_UPLOADS.document].join(',');

/** The images and documents shown with an idea, in its editor: add with progress, remove. */
@Component({
  selector: 'cf-attachments-editor',
  imports: [AttachmentList, TranslocoPipe, UploadButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="attachments" aria-labelledby="attachments-title" data-testid="attachments-editor">
      <h3 id="attachments-title" class="title">{{ 'ideas.attachments.title' | transloco }}</h3>
      <p class="cf-muted hint">{{ 'ideas.attachments.hint' | transloco: { max: max } }}</p>
      <cf-attachment-list [ideaId]="idea().id" [attachments]="shown()" [removable]="true" (remove)="remove($event)" />
      <cf-upload-button
        [label]="'ideas.attachments.add' | transloco"
        [accept]="accept"
        [progress]="run.progress()"
        [disabled]="idea().attachments.length >= max"
        testId="attachment-upload"
        (picked)="add($event)"
      />
      @if (run.error(); as error) {
        <p class="error" role="alert" data-testid="attachment-error">{{ error }}</p>
      }
    </section>
  `,
  styles: `
    .attachments {
      margin-block: var(--cf-space-4) var(--cf-space-3);
      padding-block-start: var(--cf-space-3);
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: var(--cf-space-1) 0 var(--cf-space-2);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AttachmentsEditor {
  private readonly attachments = inject(IdeaAttachmentsApi);
  private readonly ideas = inject(IdeasApi);
  private readonly errorText = injectErrorText();

  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<IdeaDetail>();

  protected readonly run = new UploadRun();
  protected readonly accept = ACCEPT_ANY;
  protected readonly max = MAX_ATTACHMENTS_PER_IDEA;
  /** Files in the form's file fields are shown with those fields. */
  protected readonly shown = computed(() => this.idea().attachments.filter((file) => file.field === null));

  protected add(file: File): void {
    const ideaId = this.idea().id;
    this.run.start(this.attachments.add(ideaId, file), () => this.refresh(ideaId));
  }

  protected async remove(attachment: AttachmentView): Promise<void> {
    try {
      await firstValueFrom(this.attachments.remove(this.idea().id, attachment.id));
      this.refresh(this.idea().id);
    } catch (error) {
      this.run.error.set(this.errorText(error));
    }
  }

  private refresh(ideaId: string): void {
    this.ideas.get(ideaId).subscribe((idea) => this.changed.emit(idea));
  }
}
