import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { HealthService, LanguageService, PlatformStatus } from '@crowdforge/web-core';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { Observable, Subject, of } from 'rxjs';
import { translocoTesting } from '../../testing/transloco-testing';
import { HomePage } from './home-page';

describe('HomePage', () => {
  async function render(status: Observable<PlatformStatus> = of('ready')) {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideRouter([]),
        { provide: HealthService, useValue: { platformStatus: () => status } },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = (element: HTMLElement, testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  it('explains Crowdforge in the hero', async () => {
    const { element } = await render();

    expect(element.querySelector('[data-testid="home-hero"] h1')?.textContent).toBe(
      'Solve real problems with your crowd',
    );
    const valueTitles = Array.from(element.querySelectorAll('h3')).map((heading) => heading.textContent);
    expect(valueTitles).toEqual([
      'Post a precise challenge',
      "The crowd builds on each other's ideas",
      'Every author hears what happened',
    ]);
  });

  it('draws the action, step and value icons as SVGs', async () => {
    const { element } = await render();
    const iconsIn = (selector: string) =>
      Array.from(element.querySelectorAll(`${selector} mat-icon`)).map((icon) =>
        icon.querySelector('svg') ? icon.getAttribute('data-mat-icon-name') : null,
      );

    expect(iconsIn('.actions')).toEqual(['arrow_downward']);
    expect(iconsIn('.steps')).toEqual(['edit_note', 'groups', 'fact_check', 'campaign']);
    expect(iconsIn('.values')).toEqual(['rule', 'diversity_3', 'mark_chat_read']);
    expect(iconsIn('[data-testid="open-challenges"]')).toEqual(['emoji_objects']);
  });

  it('shows the empty state under "Open challenges"', async () => {
    const { element } = await render();
    const section = element.querySelector<HTMLElement>('[data-testid="open-challenges"]');

    expect(section?.querySelector('h2')?.textContent).toBe('Open challenges');
    expect(section?.querySelector('cf-empty-state [data-testid="empty-state-title"]')?.textContent?.trim()).toBe(
      'No open challenges yet',
    );
  });

  it('shows the platform status as it becomes known', async () => {
    const status = new Subject<PlatformStatus>();
    const { fixture, element } = await render(status);

    expect(text(element, 'platform-status')).toBe('Platform status: checking…');

    status.next('ready');
    await fixture.whenStable();
    expect(text(element, 'platform-status')).toBe('Platform status: ready');
    expect(element.querySelector('[data-testid="platform-status"]')?.getAttribute('data-status')).toBe('ready');
  });

  it('shows that the platform is unavailable without breaking the page', async () => {
    const { element } = await render(of('unavailable'));

    expect(text(element, 'platform-status')).toBe('Platform status: unavailable');
    expect(element.querySelector('[data-testid="open-challenges"]')).not.toBeNull();
  });

  it('switches to Dutch at runtime', async () => {
    const { fixture, element } = await render();

    TestBed.inject(LanguageService).use('nl');
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Los echte problemen op met jouw crowd');
    expect(text(element, 'empty-state-title')).toBe('Nog geen open uitdagingen');
    expect(text(element, 'platform-status')).toBe('Platformstatus: gereed');
  });

  it('moves focus to a section from an in-page link', async () => {
    const { element } = await render();
    document.body.appendChild(element);

    element.querySelector<HTMLAnchorElement>('a[href="/#open-challenges"]')?.click();

    expect(document.activeElement?.id).toBe('open-challenges');
    element.remove();
  });
});
