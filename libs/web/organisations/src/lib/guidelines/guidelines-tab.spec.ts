import { TestBed } from '@angular/core/testing';
import { render } from '../../testing/render';
import { OrganisationContext } from '../shared/organisation-context';
import { GuidelinesTab } from './guidelines-tab';

const url = '/api/v1/organisations/org-1/guidelines';

describe('GuidelinesTab', () => {
  async function open(markdown: string | null) {
    const page = render(GuidelinesTab, { providers: [OrganisationContext] });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    page.backend.match('/api/v1/organisations/org-1').forEach((request) => request.flush({ id: 'org-1' }));
    page.backend.expectOne(url).flush({
      organisationId: 'org-1',
      text: markdown === null ? null : { markdown, html: `<p>${markdown}</p>` },
      updatedAt: null,
    });
    await page.settle();
    return page;
  }

  it('starts from the saved guidelines and shows how people see them', async () => {
    const page = await open('Be kind.');
    expect(page.byTestId<HTMLTextAreaElement>('guidelines-text')?.value).toBe('Be kind.');
    expect(page.byTestId('guidelines-preview')?.innerHTML).toBe('<p>Be kind.</p>');
  });

  it('saves the markdown as typed, trimmed', async () => {
    const page = await open(null);
    expect(page.byTestId('guidelines-preview')).toBeNull();
    page.type('guidelines-text', '  Be kind. No advertising.  ');
    await page.settle();
    page.byTestId('guidelines-save')?.click();
    const saved = page.backend.expectOne({ method: 'PUT', url });
    expect(saved.request.body).toEqual({ markdown: 'Be kind. No advertising.' });
    saved.flush({
      organisationId: 'org-1',
      text: { markdown: 'Be kind. No advertising.', html: '<p>Be kind. No advertising.</p>' },
      updatedAt: '2030-01-01T00:00:00Z',
    });
    await page.settle();
    expect(page.toast.success).toHaveBeenCalledWith('moderation.guidelines.saved');
    expect(page.byTestId('guidelines-preview')?.textContent).toBe('Be kind. No advertising.');
  });

  it('shows the API’s words when the text is refused', async () => {
    const page = await open(null);
    page.type('guidelines-text', '<script>');
    await page.settle();
    page.byTestId('guidelines-save')?.click();
    page.backend.expectOne({ method: 'PUT', url }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'The guidelines contain markup that is not allowed.',
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await page.settle();
    expect(page.element.textContent).toContain('The guidelines contain markup that is not allowed.');
  });
});
