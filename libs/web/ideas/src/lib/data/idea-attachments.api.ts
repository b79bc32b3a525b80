import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AttachmentView, ImageSize } from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment, uploadFile, type UploadProgress } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

/** Images and documents on ideas: uploads with progress, removal, and where each file is served. */
@Injectable({ providedIn: 'root' })
export class IdeaAttachmentsApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  /** Adds a file; with `field`, into that file field of the idea form (replacing its file). */
  add(ideaId: string, file: File, field: string | null = null): Observable<UploadProgress<AttachmentView>> {
    const query = field ? `?field=${encodeURIComponent(field)}` : '';
    return uploadFile<AttachmentView>(this.http, 'POST', `${this.of(ideaId)}${query}`, file);
  }

  remove(ideaId: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(`${this.of(ideaId)}/${segment(attachmentId)}`, ownErrors());
  }

  /** The file; for images one of the stored sizes. */
  url(ideaId: string, attachment: AttachmentView, size: ImageSize = 'large'): string {
    const url = `${this.of(ideaId)}/${segment(attachment.id)}`;
    return attachment.kind === 'image' ? `${url}?size=${size}` : url;
  }

  private of(ideaId: string): string {
    return `${this.api}/ideas/${segment(ideaId)}/attachments`;
  }
}
