/** The languages Crowdforge is translated into. Order is the order shown in the switch. */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** localStorage key holding the language the user picked explicitly. */
export const LANGUAGE_STORAGE_KEY = 'crowdforge.language';

export interface LanguageOption {
  code: Language;
  /** Short code shown on the switch, e.g. `NL`. */
  short: string;
  /** The language's own name (an endonym, so never translated). */
  name: string;
}

export const LANGUAGE_OPTIONS: readonly LanguageOption[] = [
  { code: 'nl', short: 'NL', name: 'Nederlands' },
  { code: 'en', short: 'EN', name: 'English' },
];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag such as `nl-BE` or `en_GB` to a supported language, or `null`. */
export function languageFromTag(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

/**
 * The language to start with: the user's stored choice, else the first supported
 * language among the browser's preferences, else English.
 */
export function pickInitialLanguage(stored: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(stored)) {
    return stored;
  }
  for (const tag of preferred) {
    const language = languageFromTag(tag);
    if (language) {
      return language;
    }
  }
  return DEFAULT_LANGUAGE;
}
