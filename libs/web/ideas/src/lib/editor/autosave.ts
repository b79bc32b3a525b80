import { DestroyRef, signal } from '@angular/core';
import type { IdeaDetail, IdeaInput } from '@crowdforge/contracts';
import { applyProblemToForm } from '@crowdforge/web-identity-data/api';
import { Observable, debounceTime, firstValueFrom } from 'rxjs';
import { IdeaForm, changesBetween, ideaInputOf, isSavable } from './idea-form';

/** Where the editor's changes stand, shown next to the form and announced politely. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; reason: string };

/** How long typing must pause before the changes are sent. */
export const AUTOSAVE_DELAY_MS = 1000;

/**
 * Saves an idea's form as people type: a second after the last change it PATCHes only what
 * differs from what the server has, one request at a time. A form with problems (other than
 * required fields left empty) waits; the API's refusals land on the fields.
 */
export class Autosave {
  readonly state = signal<SaveState>({ kind: 'idle' });
  private saved: IdeaInput;
  private queue: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly form: IdeaForm,
    private readonly save: (changes: Partial<IdeaInput>) => Observable<IdeaDetail>,
    private readonly errorText: (error: unknown) => string,
    destroyRef: DestroyRef,
    private readonly onSaved: (idea: IdeaDetail) => void,
  ) {
    this.saved = ideaInputOf(form);
    const subscription = form.valueChanges.pipe(debounceTime(AUTOSAVE_DELAY_MS)).subscribe(() => void this.run());
    const typing = form.valueChanges.subscribe(() => {
      if (this.pending()) this.state.set({ kind: 'pending' });
    });
    destroyRef.onDestroy(() => {
      subscription.unsubscribe();
      typing.unsubscribe();
    });
  }

  /** Saves what is left at once (before submitting); true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    return this.run();
  }

  private pending(): boolean {
    return Object.keys(changesBetween(this.saved, ideaInputOf(this.form))).length > 0;
  }

  /** One save after the other, so each PATCH starts from what the one before kept. */
  private run(): Promise<boolean> {
    this.queue = this.queue.then(() => this.saveChanges());
    return this.queue;
  }

  private async saveChanges(): Promise<boolean> {
    const current = ideaInputOf(this.form);
    const changes = changesBetween(this.saved, current);
    if (Object.keys(changes).length === 0) {
      if (this.state().kind === 'pending') this.state.set({ kind: 'saved' });
      return this.state().kind !== 'failed';
    }
    if (!isSavable(this.form)) {
      this.state.set({ kind: 'invalid' });
      return false;
    }
    this.state.set({ kind: 'saving' });
    try {
      const idea = await firstValueFrom(this.save(changes));
      this.saved = current;
      this.onSaved(idea);
      this.state.set(this.pending() ? { kind: 'pending' } : { kind: 'saved' });
      return true;
    } catch (error) {
      applyProblemToForm(this.form, error);
      this.state.set({ kind: 'failed', reason: this.errorText(error) });
      return false;
    }
  }
}
