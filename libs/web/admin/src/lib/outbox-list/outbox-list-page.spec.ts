import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { of } from 'rxjs';
import { render } from '../../testing/render';
import { OUTBOX_PAGE_SIZE, OutboxListPage } from './outbox-list-page';

const item = (n: number) => ({
  id: `m-${n}`,
  createdAt: '2026-03-01T10:00:00Z',
  to: `person${n}@example.org`,
  subject: `Mail ${n}`,
  template: 'verify-email',
  language: 'nl' as const,
});

describe('OutboxListPage', () => {
  it('lists a page of kept mail with links to each, and pages on', async () => {
    const view = render(OutboxListPage, {
      providers: [{ provide: ActivatedRoute, useValue: { queryParamMap: of(convertToParamMap({ offset: '25' })) } }],
    });
    await view.settle();
    const request = view.backend.expectOne((r) => r.url === '/api/v1/admin/outbox');
    expect(request.request.params.get('limit')).toBe(String(OUTBOX_PAGE_SIZE));
    expect(request.request.params.get('offset')).toBe('25');
    request.flush({ items: [item(26), item(27)], total: 60, limit: 25, offset: 25 });
    await view.settle();

    const rows = view.allByTestId('outbox-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/admin/outbox/m-26?offset=25');
    expect(rows[0].textContent).toContain('person26@example.org');
    expect(rows[0].textContent).toContain('NL');
    expect(view.byTestId('outbox-range')?.textContent?.trim()).toBe('26–27 of 60');
    expect(view.byTestId('outbox-previous')).not.toBeNull();
    expect(view.byTestId('outbox-next')).not.toBeNull();
  });

  it('says when no mail was kept', async () => {
    const view = render(OutboxListPage, {
      providers: [{ provide: ActivatedRoute, useValue: { queryParamMap: of(convertToParamMap({})) } }],
    });
    await view.settle();
    view.backend
      .expectOne((r) => r.url === '/api/v1/admin/outbox')
      .flush({ items: [], total: 0, limit: 25, offset: 0 });
    await view.settle();

    expect(view.element.textContent).toContain('No kept mail');
  });
});
