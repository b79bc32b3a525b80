import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { AttachmentView } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { IdeaAttachmentsApi } from '../data/idea-attachments.api';
import { FileSizePipe } from './file-size.pipe';

/**
 * An idea's files: images as thumbnails that open the large size, documents as downloads.
 * With `removable`, each has a remove button.
 */
@Component({
  selector: 'cf-attachment-list',
  imports: [FileSizePipe, MatIcon, MatIconButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (images().length) {
      <ul class="images" data-testid="attachment-images">
        @for (image of images(); track image.id) {
          <li class="image">
            <a [href]="urlOf(image, 'large')" target="_blank" rel="noopener">
              <img
                [src]="urlOf(image, 'small')"
                [alt]="image.name"
                [attr.width]="image.width"
                [attr.height]="image.height"
                loading="lazy"
              />
            </a>
            @if (removable()) {
              <button
                mat-icon-button
                type="button"
                class="remove"
                [attr.aria-label]="'ideas.attachments.remove' | transloco: { name: image.name }"
                (click)="remove.emit(image)"
              >
                <mat-icon svgIcon="delete" aria-hidden="true" />
              </button>
            }
          </li>
        }
      </ul>
    }
    @if (documents().length) {
      <ul class="documents" data-testid="attachment-documents">
        @for (document of documents(); track document.id) {
          <li class="document">
            <mat-icon svgIcon="description" aria-hidden="true" />
            <a [href]="urlOf(document)" download>{{ document.name }}</a>
            <span class="cf-muted">{{ document.byteSize | cfFileSize }}</span>
            @if (removable()) {
              <button
                mat-icon-button
                type="button"
                [attr.aria-label]="'ideas.attachments.remove' | transloco: { name: document.name }"
                (click)="remove.emit(document)"
              >
                <mat-icon svgIcon="delete" aria-hidden="true" />
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .images {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
      gap: var(--cf-space-2);
      margin-block-end: var(--cf-space-3);
    }
    .image {
      position: relative;
    }
    .image img {
      display: block;
      inline-size: 100%;
      block-size: 120px;
      object-fit: cover;
      border-radius: var(--cf-radius, 8px);
      background: var(--mat-sys-surface-container);
    }
    .remove {
      position: absolute;
      inset-block-start: 4px;
      inset-inline-end: 4px;
      background: var(--mat-sys-surface);
    }
    .document {
      display: flex;
      align-items: center;
      gap: var(--cf-space-2);
      padding-block: var(--cf-space-1);
    }
  `,
})
export class AttachmentList {
  private readonly api = inject(IdeaAttachmentsApi);

  readonly ideaId = input.required<string>();
  readonly attachments = input.required<AttachmentView[]>();
  readonly removable = input(false);
  readonly remove = output<AttachmentView>();

  protected readonly images = computed(() => this.attachments().filter((file) => file.kind === 'image'));
  protected readonly documents = computed(() => this.attachments().filter((file) => file.kind === 'document'));

  protected urlOf(attachment: AttachmentView, size: 'small' | 'large' = 'large'): string {
    return this.api.url(this.ideaId(), attachment, size);
  }
}
