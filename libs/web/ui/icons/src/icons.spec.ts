import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIcon, MatIconRegistry } from '@angular/material/icon';
import { readFileSync } from 'node:fs';
import { FEATURE_ICON_NAMES, provideFeatureIcons } from '../../src/lib/icons/feature-icons';
import { SHELL_ICON_NAMES, provideCrowdforgeIcons } from './icons';

const ICON_NAMES = [...SHELL_ICON_NAMES, ...FEATURE_ICON_NAMES].sort();

@Component({
  imports: [MatIcon],
  template: `
    @for (name of names; track name) {
      <mat-icon [svgIcon]="name" aria-hidden="true" />
    }
  `,
})
class AllIcons {
  readonly names = ICON_NAMES;
}

/** The drawing of a Material Symbols Outlined icon, read from the installed package. */
function pathOfPackageIcon(name: string): string | undefined {
  const file = require.resolve(`@material-symbols/svg-400/outlined/${name}.svg`);
  return /<path d="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
}

describe('provideCrowdforgeIcons and provideFeatureIcons', () => {
  async function renderAll() {
    TestBed.configureTestingModule({ providers: [provideCrowdforgeIcons(), provideFeatureIcons()] });
    const fixture = TestBed.createComponent(AllIcons);
    await fixture.whenStable();
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-icon'));
  }

  it('registers every icon name, each rendering an SVG inside mat-icon', async () => {
    const icons = await renderAll();

    expect(icons.map((icon) => icon.getAttribute('data-mat-icon-name'))).toEqual([...ICON_NAMES]);
    for (const icon of icons) {
      expect(icon.getAttribute('data-mat-icon-type')).toBe('svg');
      const svg = icon.querySelector('svg');
      expect(svg?.getAttribute('viewBox')).toBe('0 -960 960 960');
      // Sized by mat-icon (24px unless styled otherwise), not by the file's 48px.
      expect(svg?.getAttribute('width')).toBe('100%');
      expect(svg?.getAttribute('height')).toBe('100%');
      // No fill of its own: the icon takes the text colour (mat-icon sets fill: currentColor).
      expect(svg?.querySelector('[fill]')).toBeNull();
      expect(svg?.hasAttribute('fill')).toBe(false);
      expect(icon.textContent?.trim()).toBe('');
    }
  });

  it('draws each name with the Material Symbols Outlined icon of that name', async () => {
    const icons = await renderAll();

    const drawn = icons.map((icon) => icon.querySelector('svg path')?.getAttribute('d'));
    expect(drawn).toEqual(ICON_NAMES.map(pathOfPackageIcon));
    expect(new Set(drawn).size).toBe(ICON_NAMES.length);
  });

  it('lists the names in alphabetical order, without duplicates', () => {
    expect([...SHELL_ICON_NAMES]).toEqual([...SHELL_ICON_NAMES].sort());
    expect([...FEATURE_ICON_NAMES]).toEqual([...FEATURE_ICON_NAMES].sort());
    expect(ICON_NAMES).toEqual([...new Set(ICON_NAMES)].sort());
  });

  it('registers only the shell icons up front; feature pages add theirs', async () => {
    TestBed.configureTestingModule({ providers: [provideCrowdforgeIcons()] });
    const registry = TestBed.inject(MatIconRegistry);
    const known = (name: string) =>
      new Promise<boolean>((resolve) =>
        registry.getNamedSvgIcon(name).subscribe({ next: () => resolve(true), error: () => resolve(false) }),
      );

    expect(await known('home')).toBe(true);
    expect(await known('notifications')).toBe(true);
    expect(await known('palette')).toBe(false);
  });
});
