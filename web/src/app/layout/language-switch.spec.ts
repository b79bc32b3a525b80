import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '@crowdforge/web-core';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
  });

  async function render() {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (code: string) => element.querySelector<HTMLButtonElement>(`[data-testid="language-${code}"]`);
    return { fixture, element, button };
  }

  it('offers NL and EN as a labelled group of toggle buttons', async () => {
    const { element, button } = await render();

    const group = element.querySelector('[data-testid="language-switch"]');
    expect(group?.getAttribute('role')).toBe('group');
    expect(group?.getAttribute('aria-label')).toBe('Language');
    expect(button('nl')?.textContent?.trim()).toBe('NL Nederlands');
    expect(button('nl')?.getAttribute('lang')).toBe('nl');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('nl')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the active language, <html lang> and the stored choice at once', async () => {
    const { fixture, element, button } = await render();

    button('nl')?.click();
    await fixture.whenStable();

    expect(TestBed.inject(LanguageService).active()).toBe('nl');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('nl');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(button('nl')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('[data-testid="language-switch"]')?.getAttribute('aria-label')).toBe('Taal');

    button('en')?.click();
    await fixture.whenStable();

    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
