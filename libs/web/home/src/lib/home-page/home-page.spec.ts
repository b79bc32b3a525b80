import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ChallengePage, ChallengeSummary } from '@crowdforge/contracts';
import { HealthService, LanguageService, PlatformStatus } from '@crowdforge/web-core';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { Observable, Subject, of } from 'rxjs';
import { translocoTesting } from '../../testing/transloco-testing';
import { HomePage } from './home-page';

const openChallenge = (id: string, title: string): ChallengeSummary => ({
  id,
  organisation: { id: 'org-1', slug: 'tea', name: 'Leafy Tea', brandColour: '#b5651d', logoUrl: null },
  onBehalfOf: null,
  title,
  tagline: '',
  language: 'en',
  coverImageUrl: null,
  state: 'published',
  stage: 'open',
  audience: 'public',
  themes: [],
  windows: [],
  figures: null,
  publishedAt: '2026-03-01T09:00:00Z',
});
const page = (items: ChallengeSummary[]): ChallengePage => ({ items, total: items.length, limit: 3, offset: 0 });

describe('HomePage', () => {
  /** Renders the page; the open challenges answer with `challenges` (an empty list unless given, `null` to fail). */
  async function render(status: Observable<PlatformStatus> = of('ready'), challenges: ChallengeSummary[] | null = []) {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: HealthService, useValue: { platformStatus: () => status } },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    const request = TestBed.inject(HttpTestingController).expectOne((r) => r.url === '/api/v1/challenges');
    if (challenges) {
      request.flush(page(challenges));
    } else {
      request.flush(null, { status: 503, statusText: 'Service Unavailable' });
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, request };
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

  it('lists up to three open challenges, closing soonest first, with a link to all of them', async () => {
    const { element, request } = await render(of('ready'), [
      openChallenge('ch-1', 'Tea without plastic'),
      openChallenge('ch-2', 'Greener deliveries'),
    ]);

    expect(request.request.params.toString()).toBe('stage=open&sort=closing_soon&limit=3');
    const links = Array.from(element.querySelectorAll('[data-testid="challenge-card-link"]'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tea without plastic', '/challenges/ch-1'],
      ['Greener deliveries', '/challenges/ch-2'],
    ]);
    expect(
      element.querySelector('[data-testid="challenge-card-link"]')?.parentElement?.getAttribute('aria-level'),
    ).toBe('3');
    expect(element.querySelector('[data-testid="open-challenges"] cf-empty-state')).toBeNull();
    expect(element.querySelector('[data-testid="browse-challenges"]')?.getAttribute('href')).toBe('/challenges');
  });

  it('says so when the open challenges cannot be loaded', async () => {
    const { element } = await render(of('ready'), null);

    expect(text(element, 'open-challenges-failed')).toBe('We could not load the open challenges right now.');
    expect(element.querySelector('[data-testid="browse-challenges"]')).not.toBeNull();
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
