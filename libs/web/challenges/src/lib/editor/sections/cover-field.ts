import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ACCEPTED_UPLOADS, type ChallengeDetail } from '@crowdforge/contracts';
import { injectErrorText, UploadRun } from '@crowdforge/web-identity-data/api';
import { UploadButton } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../../data/challenges.api';

/**
 * The challenge's cover image: uploaded (and removed) at once, apart from the brief's form, so
 * changing it never touches what the manager is typing.
 */
@Component({
  selector: 'cf-cover-field',
  imports: [MatButton, TranslocoPipe, UploadButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="group" data-testid="editor-cover">
      <legend class="legend">{{ 'challenges.editor.cover' | transloco }}</legend>
      @if (challenge(); as current) {
        @if (coverUrl(); as url) {
          <img class="preview" [src]="url + '?size=medium'" alt="" data-testid="editor-cover-preview" />
        }
        <div class="actions">
          <cf-upload-button
            [label]="(coverUrl() ? 'challenges.editor.coverReplace' : 'challenges.editor.coverUpload') | transloco"
            [accept]="accept"
            [progress]="run.progress()"
            testId="editor-cover-upload"
            (picked)="upload(current.id, $event)"
          />
          @if (coverUrl() && run.progress() === null) {
            <button mat-button type="button" (click)="remove(current.id)" data-testid="editor-cover-remove">
              {{ 'challenges.editor.coverRemove' | transloco }}
            </button>
          }
        </div>
        <p class="cf-muted hint">{{ 'challenges.editor.coverHint' | transloco }}</p>
        @if (run.error(); as error) {
          <p class="error" role="alert">{{ error }}</p>
        }
      } @else {
        <p class="cf-muted hint">{{ 'challenges.editor.coverLater' | transloco }}</p>
      }
    </fieldset>
  `,
  styles: `
    .group {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      margin: 0 0 var(--cf-space-2);
      padding: 0;
      font: var(--mat-sys-body-large);
    }
    .preview {
      display: block;
      inline-size: 100%;
      max-inline-size: 480px;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      border-radius: var(--cf-radius, 8px);
      margin-block-end: var(--cf-space-2);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cf-space-2);
    }
    .hint {
      margin: var(--cf-space-1) 0 0;
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CoverField {
  private readonly api = inject(ChallengesApi);
  private readonly errorText = injectErrorText();

  /** Null while the challenge is not yet saved. */
  readonly challenge = input.required<ChallengeDetail | null>();

  protected readonly run = new UploadRun();
  protected readonly accept = ACCEPTED_UPLOADS.image.join(',');
  protected readonly coverUrl = linkedSignal(() => this.challenge()?.coverImageUrl ?? null);

  protected upload(challengeId: string, file: File): void {
    this.run.start(this.api.setCover(challengeId, file), (challenge) => this.coverUrl.set(challenge.coverImageUrl));
  }

  protected async remove(challengeId: string): Promise<void> {
    try {
      await firstValueFrom(this.api.removeCover(challengeId));
      this.coverUrl.set(null);
    } catch (error) {
      this.run.error.set(this.errorText(error));
    }
  }
}
