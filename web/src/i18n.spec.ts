import { Translation } from '@jsverse/transloco';
import { loadTranslation } from './testing/transloco-testing';

/** Flattens nested translations to `a.b.c` → value. */
function flatten(translation: Translation, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(translation)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      flatten(value as Translation, path).forEach((nested, nestedPath) => entries.set(nestedPath, nested));
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translations (web/public/i18n)', () => {
  const en = flatten(loadTranslation('en'));
  const nl = flatten(loadTranslation('nl'));

  it('have the same keys in English and Dutch', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of [...en, ...nl]) {
      expect({ key, ok: typeof value === 'string' && value.trim().length > 0 }).toEqual({ key, ok: true });
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of en) {
      expect({ key, placeholders: placeholders(nl.get(key)) }).toEqual({ key, placeholders: placeholders(value) });
    }
  });

  it('are really translated', () => {
    expect(nl.get('home.hero.title')).toBe('Los echte problemen op met jouw crowd');
    expect(en.get('home.hero.title')).toBe('Solve real problems with your crowd');
  });
});
