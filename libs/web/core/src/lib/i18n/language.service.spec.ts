import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { LANGUAGE_STORAGE_KEY } from './language';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  let service: LanguageService;
  let transloco: TranslocoService;
  let document: Document;

  function setBrowserLanguages(languages: string[]): void {
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
    service = TestBed.inject(LanguageService);
    transloco = TestBed.inject(TranslocoService);
    document = TestBed.inject(DOCUMENT);
  });

  afterEach(() => jest.restoreAllMocks());

  it('switches the active language, <html lang> and the translations at runtime', () => {
    service.use('nl');

    expect(service.active()).toBe('nl');
    expect(transloco.getActiveLang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(transloco.translate('home.hero.title')).toBe('Los echte problemen op met jouw crowd');

    service.use('en');

    expect(service.active()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(transloco.translate('home.hero.title')).toBe('Solve real problems with your crowd');
  });

  it('remembers the chosen language', () => {
    service.use('nl');

    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('starts in the stored language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nl');
    setBrowserLanguages(['en-US']);

    await service.init();

    expect(service.active()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('starts in the browser language when nothing is stored, without storing it', async () => {
    setBrowserLanguages(['de-DE', 'nl-BE']);

    await service.init();

    expect(service.active()).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('falls back to English for unsupported browser languages', async () => {
    setBrowserLanguages(['fr-FR']);

    await service.init();

    expect(service.active()).toBe('en');
  });

  it('keeps working when storage is unavailable', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });

    expect(() => service.use('nl')).not.toThrow();
    expect(service.active()).toBe('nl');
  });
});
