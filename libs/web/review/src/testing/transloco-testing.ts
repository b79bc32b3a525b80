import { ModuleWithProviders } from '@angular/core';
import { Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's real translations (web/public/i18n), read from disk for tests. */
export function loadTranslation(language: 'en' | 'nl'): Translation {
  const file = join(__dirname, '../../../../../web/public/i18n', `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Translation;
}

/** Transloco configured like the app (runtime language switch) with the real English and Dutch translations, preloaded. */
export function translocoTesting(defaultLang: 'en' | 'nl' = 'en'): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { en: loadTranslation('en'), nl: loadTranslation('nl') },
    translocoConfig: { availableLangs: ['nl', 'en'], defaultLang, reRenderOnLangChange: true },
    preloadLangs: true,
  });
}
