import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, LANGUAGE_OPTIONS, LANGUAGE_STORAGE_KEY, Language, pickInitialLanguage } from './language';

/**
 * The one place that changes the UI language: Transloco's active language,
 * `<html lang>` and the stored preference move together.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly activeLanguage = signal<Language>(DEFAULT_LANGUAGE);

  /** The active UI language. */
  readonly active = this.activeLanguage.asReadonly();
  readonly options = LANGUAGE_OPTIONS;

  /**
   * Applies the stored or browser language and waits for its translations, so the
   * first render shows text rather than keys. Never rejects: on a failed load
   * Transloco falls back to English.
   */
  async init(): Promise<void> {
    const language = pickInitialLanguage(this.readStored(), this.browserLanguages());
    this.apply(language);
    try {
      await firstValueFrom(this.transloco.load(language));
    } catch {
      // Transloco's fallback strategy takes over; nothing more to do here.
    }
  }

  /** Switches the UI language at runtime (no reload) and remembers the choice. */
  use(language: Language): void {
    this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, blocked cookies); the switch still works.
    }
  }

  private apply(language: Language): void {
    this.activeLanguage.set(language);
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private browserLanguages(): readonly string[] {
    const navigator = this.document.defaultView?.navigator;
    if (!navigator) {
      return [];
    }
    return navigator.languages?.length ? navigator.languages : [navigator.language];
  }
}
