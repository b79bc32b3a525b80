import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { NotFoundPage } from './not-found-page';

describe('NotFoundPage', () => {
  it('says the page is missing and links home', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('nl')],
      providers: [provideCrowdforgeIcons(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NotFoundPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const heading = element.querySelector('[role="heading"]');
    expect(heading?.getAttribute('aria-level')).toBe('1');
    expect(heading?.textContent?.trim()).toBe('We kunnen deze pagina niet vinden');
    const home = element.querySelector<HTMLAnchorElement>('[data-testid="not-found-home-link"]');
    expect(home?.getAttribute('href')).toBe('/');
    expect(home?.textContent).toContain('Naar de startpagina');
    const icons = Array.from(element.querySelectorAll('mat-icon'));
    expect(icons.map((icon) => icon.getAttribute('data-mat-icon-name'))).toEqual(['travel_explore', 'home']);
    expect(icons.every((icon) => icon.querySelector('svg'))).toBe(true);
  });
});
