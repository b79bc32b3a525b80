import { isLanguage, languageFromTag, pickInitialLanguage } from './language';

describe('language helpers', () => {
  it('recognises only supported languages', () => {
    expect(isLanguage('nl')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('maps regional tags to their language', () => {
    expect(languageFromTag('nl-BE')).toBe('nl');
    expect(languageFromTag('EN_gb')).toBe('en');
    expect(languageFromTag('fr-FR')).toBeNull();
    expect(languageFromTag(null)).toBeNull();
  });

  it('prefers the stored choice, then the browser, then English', () => {
    expect(pickInitialLanguage('en', ['nl-NL'])).toBe('en');
    expect(pickInitialLanguage(null, ['de-DE', 'nl-NL', 'en'])).toBe('nl');
    expect(pickInitialLanguage('xx', ['fr'])).toBe('en');
  });
});
