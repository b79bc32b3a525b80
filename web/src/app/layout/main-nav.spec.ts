import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { MainNav } from './main-nav';
import { NavItem } from './nav-item';

@Component({ template: '' })
class BlankPage {}

@Component({
  imports: [MainNav],
  template: '<cf-main-nav [items]="items" />',
})
class NavHost {
  items: NavItem[] = [
    { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
    { path: '/challenges', labelKey: 'home.challenges.title', icon: 'emoji_objects' },
  ];
}

/** Name of the icon drawn in the element, if it rendered as an SVG. */
const iconOf = (element: Element | null) => {
  const icon = element?.querySelector('mat-icon');
  return icon?.querySelector('svg') ? icon.getAttribute('data-mat-icon-name') : null;
};

describe('MainNav', () => {
  async function render(url = '/') {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideRouter([
          { path: '', component: BlankPage },
          { path: 'challenges', component: BlankPage },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const fixture = TestBed.createComponent(NavHost);
    await fixture.whenStable();
    return { harness, fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('renders one link per item, in order, marking the current page', async () => {
    const { element } = await render('/challenges');

    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('.links a'));
    expect(links.map((link) => link.textContent?.trim())).toEqual(['Home', 'Open challenges']);
    expect(links.map((link) => iconOf(link))).toEqual(['home', 'emoji_objects']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/', '/challenges']);
    expect(links[0].getAttribute('aria-current')).toBeNull();
    expect(links[1].getAttribute('aria-current')).toBe('page');
  });

  it('discloses the links from the menu button and closes on Escape', async () => {
    const { fixture, element } = await render();
    const button = element.querySelector<HTMLButtonElement>('[data-testid="nav-menu-button"]');
    const list = element.querySelector('#cf-main-nav-links');

    expect(button?.textContent).toContain('Open menu');
    expect(button?.getAttribute('aria-controls')).toBe('cf-main-nav-links');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(iconOf(button)).toBe('menu');

    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(list?.classList).toContain('open');
    expect(iconOf(button)).toBe('close');

    element.querySelector('cf-main-nav')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(list?.classList).not.toContain('open');
    expect(iconOf(button)).toBe('menu');
  });
});
