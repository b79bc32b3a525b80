import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LanguageService } from '@crowdforge/web-core';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../testing/transloco-testing';
import { App } from './app';

@Component({ template: '<h1>Page</h1>' })
class BlankPage {}

describe('App shell', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideCrowdforgeIcons(), provideRouter([{ path: '', component: BlankPage }])],
    });
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const byTestId = (element: HTMLElement, id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('has a skip link, header, main landmark and footer', async () => {
    const { element } = await render();

    expect(element.firstElementChild?.getAttribute('data-testid')).toBe('skip-link');
    expect(byTestId(element, 'skip-link')?.textContent?.trim()).toBe('Skip to main content');
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('main#main')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('shows the brand linking home, the navigation and the language switch', async () => {
    const { element } = await render();

    const brand = byTestId(element, 'brand');
    expect(brand?.textContent?.trim()).toBe('Crowdforge');
    expect(brand?.getAttribute('href')).toBe('/');
    expect(brand?.getAttribute('aria-label')).toBe('Crowdforge, go to the home page');
    expect(byTestId(element, 'nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(byTestId(element, 'language-switch')).not.toBeNull();
  });

  it('links to the API documentation in the footer', async () => {
    const { element } = await render();

    const apiLink = byTestId(element, 'footer-api-link');
    expect(apiLink?.getAttribute('href')).toBe('/api/docs');
    expect(apiLink?.textContent).toBe('API documentation');
    expect(byTestId(element, 'footer')?.textContent).toContain(`© ${new Date().getFullYear()} Crowdforge`);
  });

  it('moves focus to the main content from the skip link', async () => {
    const { element } = await render();
    document.body.appendChild(element);

    byTestId(element, 'skip-link')?.click();

    expect(document.activeElement?.id).toBe('main');
    element.remove();
  });

  it('translates the whole shell when the language changes', async () => {
    const { fixture, element } = await render();

    TestBed.inject(LanguageService).use('nl');
    await fixture.whenStable();

    expect(byTestId(element, 'skip-link')?.textContent?.trim()).toBe('Direct naar de inhoud');
    expect(byTestId(element, 'nav')?.getAttribute('aria-label')).toBe('Hoofdnavigatie');
    expect(byTestId(element, 'footer-api-link')?.textContent).toBe('API-documentatie');
  });
});
