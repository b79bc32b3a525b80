import type { TestRequest } from '@angular/common/http/testing';
import { aPage, aSummary, aWindow } from '../../testing/challenge-fixtures';
import { aMembership, aUser, renderAt } from '../../testing/render';
import { SEARCH_DEBOUNCE_MS } from './browse-page';

const isList = (request: { url: string }) => request.url === '/api/v1/challenges';
const params = (request: TestRequest) =>
  Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

describe('BrowsePage', () => {
  async function open(url = '/challenges', options: Parameters<typeof renderAt>[1] = {}) {
    const view = await renderAt(url, options);
    await view.settle();
    return view;
  }

  it('lists the challenges as cards, newest first', async () => {
    const view = await open();
    const request = view.backend.expectOne(isList);
    expect(params(request)).toEqual({ sort: 'newest', limit: '12', offset: '0' });
    request.flush(
      aPage([
        aSummary(),
        aSummary({
          id: 'ch-2',
          title: 'Greener deliveries',
          onBehalfOf: { name: 'City of Utrecht', logoUrl: null, brandColour: '#224488' },
          stage: 'upcoming',
          windows: [aWindow('submission', { open: false, openedAt: null, opensAt: '2030-05-01T10:00:00Z' })],
          figures: null,
        }),
      ]),
    );
    await view.settle();

    const cards = view.allByTestId('challenge-card');
    expect(cards).toHaveLength(2);
    expect(view.text('challenge-count')).toBe('Challenges found: 2');
    const links = view.allByTestId('challenge-card-link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tea without plastic', '/challenges/ch-1'],
      ['Greener deliveries', '/challenges/ch-2'],
    ]);
    expect(cards[1].querySelector('[data-testid="challenge-card-brand"] > span')?.textContent).toBe('City of Utrecht');
    expect(cards[1].querySelector('[data-testid="challenge-stage"]')?.textContent?.trim()).toBe('Upcoming');
    expect(cards[1].querySelector('[data-testid="challenge-card-date"]')?.textContent?.trim()).toBe(
      'Opens for ideas on May 1, 2030',
    );
    expect(cards[0].querySelector('[data-testid="challenge-card-figures"]')?.textContent).toContain('45');
    expect(cards[1].querySelector('[data-testid="challenge-card-figures"]')).toBeNull();
  });

  it('asks for what the URL says and shows it in the search box', async () => {
    const view = await open('/challenges?q=tea&stage=closed&theme=packaging&sort=closing_soon');
    const request = view.backend.expectOne(isList);

    expect(params(request)).toEqual({
      q: 'tea',
      stage: 'closed',
      theme: 'packaging',
      sort: 'closing_soon',
      limit: '12',
      offset: '0',
    });
    expect(view.byTestId<HTMLInputElement>('challenge-search')?.value).toBe('tea');
    request.flush(aPage([]));
  });

  it('searches as people type, once they pause, keeping the query in the URL', async () => {
    const view = await open();
    view.backend.expectOne(isList).flush(aPage([aSummary()]));
    await view.settle();

    view.type('challenge-search', 'plas');
    view.type('challenge-search', 'plastic ');
    await view.settle(SEARCH_DEBOUNCE_MS / 2);
    view.backend.expectNone(isList);
    await view.settle(SEARCH_DEBOUNCE_MS);

    expect(view.router.url).toBe('/challenges?q=plastic');
    const request = view.backend.expectOne(isList);
    expect(params(request)).toEqual({ q: 'plastic', sort: 'relevance', limit: '12', offset: '0' });
    request.flush(aPage([]));
    await view.settle();
    expect(view.text('empty-state-title')).toBe('No challenges match');

    view.byTestId('clear-filters')?.click();
    await view.settle();
    expect(view.router.url).toBe('/challenges');
    expect(view.byTestId<HTMLInputElement>('challenge-search')?.value).toBe('');
    view.backend.expectOne(isList).flush(aPage([]));
    await view.settle();
    expect(view.text('empty-state-title')).toBe('No challenges yet');
    expect(view.byTestId('clear-filters')).toBeNull();
  });

  it('shows more on request, after the cards already there', async () => {
    const view = await open();
    view.backend.expectOne(isList).flush(aPage([aSummary()], 2));
    await view.settle();

    view.byTestId('challenge-more')?.click();
    const next = view.backend.expectOne(isList);
    expect(next.request.params.get('offset')).toBe('1');
    next.flush(aPage([aSummary({ id: 'ch-2', title: 'Greener deliveries' })], 2, 1));
    await view.settle();

    expect(view.allByTestId('challenge-card-link').map((link) => link.textContent)).toEqual([
      'Tea without plastic',
      'Greener deliveries',
    ]);
    expect(view.byTestId('challenge-more')).toBeNull();
  });

  it('says when the challenges cannot be loaded, and tries again', async () => {
    const view = await open();
    view.backend.expectOne(isList).flush(null, { status: 0, statusText: 'Unknown Error' });
    await view.settle();

    expect(view.text('error-state-message')).toContain("We can't reach Crowdforge");
    view.byTestId('error-state-retry')?.click();
    await view.settle();
    view.backend.expectOne(isList).flush(aPage([aSummary()]));
    await view.settle();
    expect(view.allByTestId('challenge-card')).toHaveLength(1);
  });

  it('offers "New challenge" only to people who run challenges', async () => {
    const member = await open('/challenges', { user: aUser({ memberships: [aMembership('member')] }) });
    member.backend.expectOne(isList).flush(aPage([]));
    await member.settle();
    expect(member.byTestId('new-challenge')).toBeNull();
  });

  it('takes a manager straight to a new brief in their organisation', async () => {
    const view = await open('/challenges', { user: aUser({ memberships: [aMembership('manager')] }) });
    view.backend.expectOne(isList).flush(aPage([]));
    await view.settle();

    expect(view.byTestId('new-challenge')?.getAttribute('href')).toBe('/challenges/new?organisationId=org-1');
  });
});
