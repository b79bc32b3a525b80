import type { MyIdea } from '@crowdforge/contracts';
import { aSummary } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const mine = (overrides: Partial<MyIdea>): MyIdea => ({
  ...aSummary(),
  challengeTitle: 'Tea without plastic',
  latestFeedback: null,
  ...overrides,
});

describe('MyIdeasPage', () => {
  it('lists my ideas across challenges with their status and the organisers’ latest word', async () => {
    const view = await renderAt('/ideas/mine');
    await view.settle();
    view.backend.expectOne('/api/v1/me/ideas').flush({
      items: [
        mine({
          status: 'shortlisted',
          latestFeedback: {
            from: 'submitted',
            to: 'shortlisted',
            message: 'The jury liked the pilot.',
            by: 'Grace',
            at: '2030-02-05T10:00:00Z',
          },
        }),
        mine({ id: 'idea-2', title: 'Refill station', status: 'draft', submittedAt: null }),
      ],
      nextCursor: 'page-2',
    });
    await view.settle();

    const [shortlisted, draft] = view.allByTestId('my-idea');
    expect(shortlisted.getAttribute('data-status')).toBe('shortlisted');
    expect(shortlisted.querySelector('[data-testid="my-idea-challenge"]')?.getAttribute('href')).toBe(
      '/challenges/ch-1',
    );
    expect(shortlisted.querySelector('[data-testid="my-idea-feedback"]')?.textContent).toContain(
      'The jury liked the pilot.',
    );
    expect(draft.querySelector('[data-testid="my-idea-continue"]')?.getAttribute('href')).toBe('/ideas/idea-2/edit');

    view.byTestId('load-more')?.click();
    await view.settle();
    const next = view.backend.expectOne((request) => request.url === '/api/v1/me/ideas');
    expect(next.request.params.get('cursor')).toBe('page-2');
    next.flush({ items: [mine({ id: 'idea-3', title: 'Cold brew cubes' })], nextCursor: null });
    await view.settle();
    expect(view.allByTestId('my-idea-link').map((link) => link.textContent?.trim())).toEqual([
      'Seaweed tea bags',
      'Refill station',
      'Cold brew cubes',
    ]);
    expect(view.byTestId('load-more')).toBeNull();
  });

  it('points people without ideas to the challenges', async () => {
    const view = await renderAt('/ideas/mine');
    await view.settle();
    view.backend.expectOne('/api/v1/me/ideas').flush({ items: [], nextCursor: null });
    await view.settle();
    expect(view.text('empty-state-title')).toBe('You have no ideas yet');
  });
});
