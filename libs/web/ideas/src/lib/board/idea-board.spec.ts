import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ChallengeDetail, IdeaTally, LiveTally } from '@crowdforge/contracts';
import { Subject } from 'rxjs';
import { LiveTalliesApi } from '../data/live-tallies.api';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { aChallenge, aSummary } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';
import { BOARD_SEARCH_PAUSE_MS } from './board-toolbar';
import { IdeaBoard } from './idea-board';

@Component({
  imports: [IdeaBoard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cf-idea-board [challenge]="challenge" challengeKey="secret" />`,
})
class BoardHost {
  static challenge: ChallengeDetail = aChallenge();
  protected readonly challenge = BoardHost.challenge;
}

const list = '/api/v1/challenges/ch-1/ideas';
const ADA = '6f1d3c1e-2a4b-4c5d-8e9f-0a1b2c3d4e5f';

const TALLY: IdeaTally = {
  mode: 'up_down',
  votes: 5,
  ups: 4,
  downs: 1,
  valueSum: 3,
  score: 0.38,
  lower: 0.38,
  upper: 0.96,
};

describe('IdeaBoard', () => {
  /** What the board follows live, and a way to send it tallies. */
  let live: {
    follows: { challengeId: string; ideaIds: string[]; key: string | null }[];
    tallies: Subject<LiveTally[]>;
  };

  async function open(url = '/board', challenge = aChallenge()) {
    BoardHost.challenge = challenge;
    live = { follows: [], tallies: new Subject() };
    const liveTallies: Pick<LiveTalliesApi, 'follow'> = {
      follow: (challengeId, ideaIds, key) => {
        live.follows.push({ challengeId, ideaIds, key });
        return live.tallies;
      },
    };
    const view = await renderAt(url, {
      routes: [
        {
          path: 'board',
          component: BoardHost,
          providers: [provideFeatureIcons(), { provide: LiveTalliesApi, useValue: liveTallies }],
        },
      ],
    });
    await view.settle();
    return view;
  }

  const lastRequest = (view: Awaited<ReturnType<typeof open>>) => {
    const request = view.backend.expectOne((candidate) => candidate.url === list);
    return { params: request.request.params, flush: request.flush.bind(request) };
  };

  it('shows the ideas as cards, newest first, with the secret key and a page size', async () => {
    const view = await open();
    const request = lastRequest(view);
    expect(request.params.get('key')).toBe('secret');
    expect(request.params.get('sort')).toBe('newest');
    expect(request.params.get('limit')).toBe('24');
    request.flush({ items: [aSummary(), aSummary({ id: 'idea-2', title: 'Refill station' })], nextCursor: null });
    await view.settle();

    expect(view.allByTestId('idea-card-link').map((link) => link.textContent?.trim())).toEqual([
      'Seaweed tea bags',
      'Refill station',
    ]);
    expect(view.byTestId('idea-card-link')?.getAttribute('href')).toBe('/ideas/idea-1');
    expect(view.byTestId('idea-card-comments')?.getAttribute('aria-label')).toBe('Comments: 3');
    expect(view.byTestId('load-more')).toBeNull();
    expect(view.byTestId('board-write')?.getAttribute('href')).toBe('/challenges/ch-1/ideas/new');
  });

  it('orders by votes once voting has opened where the viewer sees them, and shows each idea’s tally', async () => {
    const challenge = aChallenge();
    const voting = { ...challenge.windows[0], kind: 'voting' as const, open: true };
    const view = await open('/board?sort=top', { ...challenge, windows: [...challenge.windows, voting] });
    // Until the API says the votes are shown, the board lists the newest.
    const overview = view.backend.expectOne((request) => request.url === '/api/v1/challenges/ch-1/voting');
    expect(overview.request.params.get('key')).toBe('secret');
    overview.flush({ rules: { mode: 'up_down' }, talliesShown: true });
    await view.settle();
    const requests = view.backend.match((request) => request.url === list);
    expect(requests.map((request) => request.request.params.get('sort'))).toEqual(['newest', 'top']);
    requests[1].flush({ items: [aSummary({ tally: TALLY })], nextCursor: null });
    await view.settle();
    expect(view.byTestId('idea-tally')?.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(
      '4 for, 1 against',
    );

    // Beside the top order, the ranking says how sure it is.
    const ranking = view.backend.expectOne((request) => request.url === '/api/v1/challenges/ch-1/ranking');
    expect(ranking.request.params.get('k')).toBe('10');
    const ranked = (id: string, ranks: [number, number], topK: string) => ({
      idea: aSummary({ id, title: `Idea ${id}` }),
      rank: ranks[0],
      bestRank: ranks[0],
      worstRank: ranks[1],
      topK,
    });
    ranking.flush({
      k: 10,
      items: [ranked('a', [1, 1], 'certain'), ranked('b', [2, 12], 'possible'), ranked('c', [11, 14], 'out')],
    });
    await view.settle();
    expect(view.allByTestId('ranked-idea').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1 Idea a· certainly in the top 10',
      '2–12 Idea b· possibly in the top 10',
    ]);
  });

  it('follows the tallies of its ideas live while voting is open, keeping their order', async () => {
    const challenge = aChallenge();
    const voting = { ...challenge.windows[0], kind: 'voting' as const, open: true };
    const view = await open('/board', { ...challenge, windows: [...challenge.windows, voting] });
    expect(view.byTestId('board-live')).toBeNull();
    view.backend
      .expectOne((request) => request.url === '/api/v1/challenges/ch-1/voting')
      .flush({ rules: { mode: 'up_down' }, talliesShown: true });
    lastRequest(view).flush({
      items: [aSummary(), aSummary({ id: 'idea-2', title: 'Refill station', tally: TALLY })],
      nextCursor: null,
    });
    await view.settle();
    expect(live.follows).toEqual([{ challengeId: 'ch-1', ideaIds: ['idea-1', 'idea-2'], key: 'secret' }]);
    expect(view.byTestId('board-live')?.textContent).toContain('Counts update live');

    live.tallies.next([
      { ideaId: 'idea-1', tally: { ...TALLY, votes: 1, ups: 1, downs: 0 } },
      { ideaId: 'idea-2', tally: null },
    ]);
    await view.settle();
    expect(view.allByTestId('idea-card-link').map((link) => link.textContent?.trim())).toEqual([
      'Seaweed tea bags',
      'Refill station',
    ]);
    const tallies = view.allByTestId('idea-tally');
    expect(tallies).toHaveLength(1);
    expect(tallies[0].querySelector('[role=img]')?.getAttribute('aria-label')).toBe('1 for, 0 against');
  });

  it('follows nothing while blind voting hides the tallies', async () => {
    const challenge = aChallenge();
    const voting = { ...challenge.windows[0], kind: 'voting' as const, open: true };
    const view = await open('/board', { ...challenge, windows: [...challenge.windows, voting] });
    view.backend
      .expectOne((request) => request.url === '/api/v1/challenges/ch-1/voting')
      .flush({ rules: { mode: 'support', blind: true }, talliesShown: false });
    lastRequest(view).flush({ items: [aSummary()], nextCursor: null });
    await view.settle();
    expect(live.follows).toEqual([]);
    expect(view.byTestId('board-live')).toBeNull();
  });

  it('offers no vote order while blind voting hides the votes', async () => {
    const challenge = aChallenge();
    const voting = { ...challenge.windows[0], kind: 'voting' as const, open: true };
    const view = await open('/board?sort=trending', { ...challenge, windows: [...challenge.windows, voting] });
    view.backend
      .expectOne((request) => request.url === '/api/v1/challenges/ch-1/voting')
      .flush({ rules: { mode: 'support', blind: true }, talliesShown: false });
    await view.settle();
    expect(lastRequest(view).params.get('sort')).toBe('newest');
  });

  it('reads its filters from the address and narrows by a tag or author chosen on a card', async () => {
    const ideaByAda = aSummary({ authors: [{ id: ADA, name: 'Ada Lovelace' }] });
    const view = await open('/board?status=shortlisted&sort=discussed&q=seaweed&status=bogus');
    const first = lastRequest(view);
    expect(first.params.get('status')).toBe('shortlisted');
    expect(first.params.get('sort')).toBe('discussed');
    expect(first.params.get('q')).toBe('seaweed');
    first.flush({ items: [ideaByAda], nextCursor: null });
    await view.settle();

    view.byTestId('idea-card')?.querySelector<HTMLButtonElement>('.tag')?.click();
    await view.settle();
    expect(view.router.url).toContain('tag=packaging');
    const byTag = lastRequest(view);
    expect(byTag.params.get('tag')).toBe('packaging');
    byTag.flush({ items: [ideaByAda], nextCursor: null });
    await view.settle();
    expect(view.text('board-tag-filter')).toContain('#packaging');

    view.byTestId('idea-card-authors')?.querySelector('button')?.click();
    await view.settle();
    const byAuthor = lastRequest(view);
    expect(byAuthor.params.get('authorId')).toBe(ADA);
    byAuthor.flush({ items: [ideaByAda], nextCursor: null });
    await view.settle();
    expect(view.text('board-author-filter')).toContain('Ideas by Ada Lovelace');
  });

  it('searches after a pause in typing', async () => {
    const view = await open();
    lastRequest(view).flush({ items: [], nextCursor: null });
    await view.settle();
    expect(view.text('empty-state-title')).toBe('No ideas yet');

    view.type('board-search', '  kettle ');
    await view.settle(BOARD_SEARCH_PAUSE_MS + 50);
    const search = lastRequest(view);
    expect(search.params.get('q')).toBe('kettle');
    search.flush({ items: [], nextCursor: null });
    await view.settle();
    expect(view.text('empty-state-title')).toBe('No ideas match');
    view.byTestId('board-clear')?.click();
    await view.settle();
    expect(view.router.url).toBe('/board');
  });

  it('loads more with the cursor, and keeps the ideas when switching to the table', async () => {
    const view = await open();
    lastRequest(view).flush({ items: [aSummary()], nextCursor: 'next-1' });
    await view.settle();

    view.byTestId('load-more')?.click();
    await view.settle();
    const more = lastRequest(view);
    expect(more.params.get('cursor')).toBe('next-1');
    more.flush({ items: [aSummary({ id: 'idea-2', title: 'Refill station' })], nextCursor: null });
    await view.settle();
    expect(view.allByTestId('idea-card')).toHaveLength(2);
    expect(view.byTestId('load-more')).toBeNull();

    await view.router.navigateByUrl('/board?view=list');
    await view.settle();
    view.backend.expectNone(list);
    expect(view.allByTestId('idea-row').map((row) => row.querySelector('th a')?.textContent?.trim())).toEqual([
      'Seaweed tea bags',
      'Refill station',
    ]);
  });

  it('offers writing an idea only to participants while submissions are open', async () => {
    const view = await open('/board', aChallenge({ windows: [] }));
    lastRequest(view).flush({ items: [], nextCursor: null });
    await view.settle();
    expect(view.byTestId('board-write')).toBeNull();
  });
});
