import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { IdeaDetail, IdeaFormField } from '@crowdforge/contracts';
import { UploadRun } from '@crowdforge/web-identity-data/api';
import { UploadButton } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaAttachmentsApi } from '../data/idea-attachments.api';
import { IdeasApi } from '../data/ideas.api';
import { AttachmentList } from './attachment-list';
import { ACCEPT_ANY } from './attachments-editor';

/** A file field of the challenge's idea form: the file it holds, and an upload that fills or replaces it. */
@Component({
  selector: 'cf-file-field',
  imports: [AttachmentList, TranslocoPipe, UploadButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = field();
    <fieldset class="group" [attr.data-testid]="'idea-field-' + item.key">
      <legend class="legend">{{ item.label }}{{ item.required ? ' *' : '' }}</legend>
      @if (item.help) {
        <p class="cf-muted help">{{ item.help }}</p>
      }
      @if (idea(); as current) {
        @if (held(); as file) {
          <cf-attachment-list [ideaId]="current.id" [attachments]="[file]" />
        }
        <cf-upload-button
          [label]="(held() ? 'ideas.attachments.replace' : 'ideas.attachments.upload') | transloco"
          [accept]="accept"
          [progress]="run.progress()"
          [testId]="'idea-field-' + item.key + '-upload'"
          (picked)="upload(current.id, $event)"
        />
        @if (run.error(); as error) {
          <p class="error" role="alert">{{ error }}</p>
        }
      } @else {
        <p class="cf-muted">{{ 'ideas.attachments.saveFirst' | transloco }}</p>
      }
    </fieldset>
  `,
  styles: `
    .group {
      margin: 0 0 var(--cf-space-4);
      padding: 0;
      border: 0;
    }
    .legend {
      margin: 0 0 var(--cf-space-1);
      padding: 0;
      font: var(--mat-sys-body-large);
    }
    .help {
      margin: 0 0 var(--cf-space-2);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class FileField {
  private readonly attachments = inject(IdeaAttachmentsApi);
  private readonly ideas = inject(IdeasApi);

  readonly field = input.required<IdeaFormField>();
  /** Null until the draft exists: files go onto an idea. */
  readonly idea = input.required<IdeaDetail | null>();
  readonly changed = output<IdeaDetail>();

  protected readonly run = new UploadRun();
  protected readonly accept = ACCEPT_ANY;
  protected readonly held = computed(
    () => this.idea()?.attachments.find((file) => file.field === this.field().key) ?? null,
  );

  protected upload(ideaId: string, file: File): void {
    this.run.start(this.attachments.add(ideaId, file, this.field().key), () =>
      this.ideas.get(ideaId).subscribe((idea) => this.changed.emit(idea)),
    );
  }
}
