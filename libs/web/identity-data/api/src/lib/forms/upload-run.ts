import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { UploadProgress } from '@crowdforge/web-identity-data';
import { injectErrorText } from './error-text';
import type { Observable } from 'rxjs';

/** One upload at a time: its progress while it runs, the server's reason when it is refused. Create in an injection context. */
export class UploadRun {
  private readonly errorText = injectErrorText();
  private readonly destroyRef = inject(DestroyRef);

  /** The share sent (0–1) while an upload runs, else null. */
  readonly progress = signal<number | null>(null);
  readonly error = signal<string | null>(null);

  start<T>(upload: Observable<UploadProgress<T>>, done: (result: T) => void): void {
    this.error.set(null);
    this.progress.set(0);
    upload.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (event) => {
        if (event.state === 'sending') this.progress.set(event.sent);
        else {
          this.progress.set(null);
          done(event.result);
        }
      },
      error: (error: unknown) => {
        this.progress.set(null);
        this.error.set(this.errorText(error));
      },
    });
  }
}
