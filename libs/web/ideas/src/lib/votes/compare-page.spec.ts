import type { PairPrompt } from '@crowdforge/contracts';
import { renderAt } from '../../testing/render';

const PAIR_URL = '/api/v1/challenges/ch-1/pair';
const COMPARE_URL = '/api/v1/challenges/ch-1/comparisons';

const prompt = (promptId: string, compared: number): PairPrompt => ({
  promptId,
  challengeId: 'ch-1',
  left: { id: `${promptId}-a`, title: `Left of ${promptId}`, pitch: 'A tea garden on the roof' },
  right: { id: `${promptId}-b`, title: `Right of ${promptId}`, pitch: 'Refill stations for loose tea' },
  compared,
});

describe('comparing ideas in pairs', () => {
  async function open() {
    const view = await renderAt('/challenges/ch-1/compare');
    await view.settle();
    return view;
  }

  it('shows two ideas side by side, records a click, then loads the next pair and counts the answers', async () => {
    const view = await open();
    view.backend.expectOne(PAIR_URL).flush(prompt('p-1', 4));
    await view.settle();
    expect(view.text('compare-left')).toContain('Left of p-1');
    expect(view.text('compare-left')).toContain('A tea garden on the roof');
    expect(view.text('compare-right')).toContain('Right of p-1');
    expect(view.text('compare-count')).toBe('Pairs you compared: 4');
    expect(view.byTestId('compare-choose-right')?.getAttribute('aria-label')).toBe('This one: Right of p-1');

    view.byTestId('compare-choose-right')?.click();
    const answer = view.backend.expectOne({ method: 'POST', url: COMPARE_URL });
    expect(answer.request.body).toEqual({ promptId: 'p-1', choice: 'right' });
    answer.flush({ promptId: 'p-1', choice: 'right', compared: 5 });
    await view.settle();
    expect(view.text('compare-count')).toBe('Pairs you compared: 5');
    view.backend.expectOne(PAIR_URL).flush(prompt('p-2', 5));
    await view.settle();
    expect(view.text('compare-left')).toContain('Left of p-2');
    expect(view.toast.success).toHaveBeenCalledWith('ideas.compare.recorded');

    view.byTestId('compare-cant-decide')?.click();
    const undecided = view.backend.expectOne({ method: 'POST', url: COMPARE_URL });
    expect(undecided.request.body).toEqual({ promptId: 'p-2', choice: 'cant_decide' });
  });

  it('answers with the arrow keys, but not while typing or with a modifier', async () => {
    const view = await open();
    view.backend.expectOne(PAIR_URL).flush(prompt('p-1', 0));
    await view.settle();
    const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

    const input = document.body.appendChild(document.createElement('input'));
    press('ArrowLeft', {}, input);
    press('ArrowLeft', { ctrlKey: true });
    press('ArrowUp');
    view.backend.expectNone(COMPARE_URL);
    input.remove();

    press('ArrowLeft');
    const left = view.backend.expectOne({ method: 'POST', url: COMPARE_URL });
    expect(left.request.body).toEqual({ promptId: 'p-1', choice: 'left' });
    left.flush({ promptId: 'p-1', choice: 'left', compared: 1 });
    await view.settle();
    view.backend.expectOne(PAIR_URL).flush(prompt('p-2', 1));
    await view.settle();

    press('ArrowDown');
    const undecided = view.backend.expectOne({ method: 'POST', url: COMPARE_URL });
    expect(undecided.request.body).toEqual({ promptId: 'p-2', choice: 'cant_decide' });
  });

  it('says when no pair is left, and shows why a pair cannot be answered', async () => {
    const view = await open();
    view.backend.expectOne(PAIR_URL).flush(prompt('p-1', 2));
    await view.settle();
    view.byTestId('compare-choose-left')?.click();
    view.backend
      .expectOne({ method: 'POST', url: COMPARE_URL })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Voting is not open for this challenge.' },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await view.settle();
    expect(view.element().querySelector('[role="alert"]')?.textContent).toContain(
      'Voting is not open for this challenge.',
    );

    view.byTestId('compare-choose-left')?.click();
    view.backend
      .expectOne({ method: 'POST', url: COMPARE_URL })
      .flush({ promptId: 'p-1', choice: 'left', compared: 3 });
    await view.settle();
    view.backend.expectOne(PAIR_URL).flush(null, { status: 204, statusText: 'No Content' });
    await view.settle();
    expect(view.text('compare-done')).toContain('You have compared every pair');
    expect(view.text('compare-count')).toBe('Pairs you compared: 3');
    expect(view.byTestId('compare-pair')).toBeNull();
    expect(view.byTestId('compare-back')?.getAttribute('href')).toBe('/challenges/ch-1');
  });
});
