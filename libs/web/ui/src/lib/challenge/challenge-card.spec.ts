import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ChallengeSummary, PhaseWindow } from '@crowdforge/contracts';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { ChallengeCard } from './challenge-card';
import { keyDateOf } from './challenge-display';

const submission = (overrides: Partial<PhaseWindow> = {}): PhaseWindow => ({
  kind: 'submission',
  opensAt: '2026-03-01T09:00:00Z',
  closesAt: '2026-04-15T17:00:00Z',
  open: true,
  openedAt: '2026-03-01T09:00:00Z',
  closedAt: null,
  ...overrides,
});

const challenge: ChallengeSummary = {
  id: 'ch-1',
  organisation: { id: 'org-1', slug: 'tea', name: 'Leafy Tea', brandColour: '#b5651d', logoUrl: null },
  onBehalfOf: null,
  title: 'Tea without plastic',
  tagline: 'Help us drop plastic from every tea bag.',
  language: 'en',
  coverImageUrl: '/api/v1/challenges/ch-1/cover/att-1',
  state: 'published',
  stage: 'open',
  audience: 'public',
  themes: ['packaging', 'materials'],
  windows: [submission()],
  figures: { ideas: 12, participants: 30, votes: 45 },
  publishedAt: '2026-03-01T09:00:00Z',
};

@Component({
  imports: [ChallengeCard],
  template: '<cf-challenge-card [challenge]="challenge()" [headingLevel]="3" />',
})
class Host {
  readonly challenge = signal(challenge);
}

describe('ChallengeCard', () => {
  async function render(overrides: Partial<ChallengeSummary> = {}) {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideCrowdforgeIcons(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.challenge.set({ ...challenge, ...overrides });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (id: string) =>
      element.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  it('shows who runs it, the title as a link at the given level, stage, themes, date and figures', async () => {
    const { element, text } = await render();
    const card = element.querySelector<HTMLElement>('cf-challenge-card');

    expect(card?.style.getPropertyValue('--cf-brand')).toBe('#b5651d');
    expect(element.querySelector('.cover')?.getAttribute('src')).toBe(
      '/api/v1/challenges/ch-1/cover/att-1?size=medium',
    );
    expect(element.querySelector('[data-testid="challenge-card-brand"] > span')?.textContent).toBe('Leafy Tea');
    const link = element.querySelector('[data-testid="challenge-card-link"]');
    expect(link?.getAttribute('href')).toBe('/challenges/ch-1');
    expect(link?.parentElement?.getAttribute('role')).toBe('heading');
    expect(link?.parentElement?.getAttribute('aria-level')).toBe('3');
    expect(text('challenge-stage')).toBe('Open');
    expect(Array.from(element.querySelectorAll('[data-testid="challenge-theme"]')).map((t) => t.textContent)).toEqual([
      'packaging',
      'materials',
    ]);
    expect(text('challenge-card-date')).toBe('Ideas close on Apr 15, 2026');
    expect(text('challenge-card-figures')).toBe('Ideas12Participants30Votes45');
  });

  it('shows the client instead of the agency that runs it', async () => {
    const { element } = await render({ onBehalfOf: { name: 'City of Utrecht', logoUrl: null, brandColour: null } });

    expect(element.querySelector('[data-testid="challenge-card-brand"] > span')?.textContent).toBe('City of Utrecht');
    // Without a colour of its own the client gets the neutral colour, never the agency's.
    expect(element.querySelector<HTMLElement>('cf-challenge-card')?.style.getPropertyValue('--cf-brand')).toBe(
      '#0f5f6e',
    );
  });

  it('leaves out what a challenge does not have, and speaks Dutch', async () => {
    const { fixture, element, text } = await render({ coverImageUrl: null, figures: null, tagline: '' });

    expect(element.querySelector('.cover')).toBeNull();
    expect(element.querySelector('[data-testid="challenge-card-figures"]')).toBeNull();
    expect(element.querySelector('.tagline')).toBeNull();

    TestBed.inject(TranslocoService).setActiveLang('nl');
    await fixture.whenStable();
    expect(text('challenge-card-date')).toBe('Ideeën indienen tot 15 apr 2026');
  });
});

describe('keyDateOf', () => {
  it('takes the date that matters from the submission window', () => {
    expect(keyDateOf({ windows: [] })).toBeNull();
    expect(keyDateOf({ windows: [submission({ closesAt: null })] })).toEqual({ kind: 'ongoing', date: null });
    expect(
      keyDateOf({
        windows: [
          submission({
            open: false,
            openedAt: null,
            opensAt: '2999-01-01T00:00:00Z',
            closesAt: '2999-02-01T00:00:00Z',
          }),
        ],
      }),
    ).toEqual({
      kind: 'opens',
      date: '2999-01-01T00:00:00Z',
    });
    expect(keyDateOf({ windows: [submission({ open: false, closedAt: '2026-04-01T12:00:00Z' })] })).toEqual({
      kind: 'closed',
      date: '2026-04-01T12:00:00Z',
    });
    expect(
      keyDateOf({
        windows: [submission({ open: false, opensAt: '2020-01-01T00:00:00Z', closesAt: '2020-02-01T00:00:00Z' })],
      }),
    ).toEqual({ kind: 'closed', date: '2020-02-01T00:00:00Z' });
  });
});
