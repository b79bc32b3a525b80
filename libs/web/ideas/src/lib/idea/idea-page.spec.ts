import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { IdeaDetail } from '@crowdforge/contracts';
import { of } from 'rxjs';
import { aChallenge, aSummary, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const problemJson = { 'Content-Type': 'application/problem+json' };
const submitted = anIdea({
  status: 'shortlisted',
  submittedAt: '2030-02-02T10:00:00Z',
  edited: true,
  version: 2,
  history: [
    { from: 'draft', to: 'submitted', message: '', by: 'Ada Lovelace', at: '2030-02-02T10:00:00Z' },
    {
      from: 'submitted',
      to: 'shortlisted',
      message: 'The jury liked the pilot.',
      by: 'Grace',
      at: '2030-02-05T10:00:00Z',
    },
  ],
});
const reader = {
  isAuthor: false,
  canEdit: false,
  canManage: false,
  canModerate: false,
  isFollowing: false,
  invitationId: null,
};

describe('IdeaPage', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open(idea: IdeaDetail) {
    const view = await renderAt('/ideas/idea-1');
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    await view.settle();
    return view;
  }

  it('shows the idea, its field values by their labels, and its status history oldest first', async () => {
    const view = await open(submitted);

    expect(view.text('page-title')).toBe('Seaweed tea bags');
    expect(view.text('idea-status')).toBe('Shortlisted');
    expect(view.text('idea-challenge')).toBe('Tea without plastic');
    expect(view.byTestId('idea-description')?.innerHTML).toBe('<p>It composts in weeks.</p>');
    expect(view.byTestId('idea-value-pilot')?.querySelector('dt')?.textContent).toBe('Pilot site');
    expect(view.byTestId('idea-value-pilot')?.querySelector('dd')?.textContent).toBe('Utrecht');
    expect(view.text('idea-edited')).toBe('edited');
    expect(
      view.allByTestId('status-change').map((change) => change.querySelector('cf-idea-status-chip')?.textContent),
    ).toEqual(['Submitted', 'Shortlisted']);
    expect(view.text('status-message')).toBe('The jury liked the pilot.');
  });

  it('shows hidden authors as anonymous and no actions to other readers', async () => {
    const view = await open({ ...submitted, authors: [{ id: null, name: '' }], viewer: reader });

    expect(view.byTestId('idea-authors')?.querySelector('dd')?.textContent?.trim()).toBe('Anonymous');
    expect(view.byTestId('author-actions')).toBeNull();
    expect(view.byTestId('status-form')).toBeNull();
    expect(view.byTestId('invitation-banner')).toBeNull();
  });

  it('lets authors edit and withdraw after confirming', async () => {
    const view = await open(submitted);
    expect(view.byTestId('idea-edit')?.getAttribute('href')).toBe('/ideas/idea-1/edit');
    expect(view.byTestId('status-form')).toBeNull();

    const confirm = jest
      .spyOn(TestBed.inject(MatDialog), 'open')
      .mockReturnValue({ afterClosed: () => of(true) } as never);
    view.byTestId('idea-withdraw')?.click();
    await view.settle();
    expect(confirm).toHaveBeenCalled();
    view.backend
      .expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/withdrawal' })
      .flush({ ...submitted, status: 'withdrawn' });
    await view.settle();
    expect(view.text('idea-status')).toBe('Withdrawn');
    expect(view.byTestId('idea-withdraw')).toBeNull();
  });

  it('asks organisers for a message before the status changes', async () => {
    const view = await open({ ...submitted, viewer: { ...reader, canManage: true } });
    expect(view.byTestId('author-actions')).toBeNull();

    view.byTestId('status-select')?.click();
    await view.settle();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim());
    expect(options).not.toContain('Shortlisted');
    (
      Array.from(document.querySelectorAll('mat-option')).find(
        (o) => o.textContent?.trim() === 'Selected',
      ) as HTMLElement
    ).click();
    await view.settle();
    view.byTestId('status-submit')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'PUT' });
    expect(view.text('status-form')).toContain('Fill this in.');

    view.type('status-message-input', 'We pilot it in Utrecht.');
    view.byTestId('status-submit')?.click();
    const change = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/status' });
    expect(change.request.body).toEqual({ status: 'selected', message: 'We pilot it in Utrecht.' });
  });

  it('lets an invited person accept and become an author', async () => {
    const view = await open({ ...anIdea(), viewer: { ...reader, invitationId: 'inv-1' } });
    view.byTestId('invitation-accept')?.click();
    const answer = view.backend.expectOne({ method: 'POST', url: '/api/v1/co-author-invitations/inv-1/answer' });
    expect(answer.request.body).toEqual({ answer: 'accept' });
    answer.flush(anIdea());
    await view.settle();

    expect(view.byTestId('invitation-banner')).toBeNull();
    expect(view.byTestId('author-actions')).not.toBeNull();
    expect(view.toast.success).toHaveBeenCalledWith('ideas.invitation.accepted');
  });

  it('shows the lineage both ways and lets authors add what the idea builds on', async () => {
    const view = await open({
      ...submitted,
      lineage: {
        buildsOn: [{ id: 'idea-2', title: 'Compostable film', status: 'submitted' }],
        builtOnBy: [{ id: 'idea-3', title: 'Seaweed sachets', status: 'shortlisted' }],
      },
    });
    expect(view.text('builds-on')).toContain('Compostable film');
    expect(view.byTestId('built-on-by')?.querySelector('a')?.getAttribute('href')).toBe('/ideas/idea-3');

    view.byTestId('lineage-search')?.focus();
    view.type('lineage-search', 'kelp');
    await view.settle(350);
    const search = view.backend.expectOne(
      (request) => request.url === '/api/v1/challenges/ch-1/ideas' && request.params.has('q'),
    );
    expect(search.request.params.get('q')).toBe('kelp');
    search.flush({
      items: [aSummary({ id: 'idea-1' }), aSummary({ id: 'idea-2' }), aSummary({ id: 'idea-4', title: 'Kelp bags' })],
      nextCursor: null,
    });
    await view.settle();
    const choices = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="lineage-choice"]'));
    expect(choices.map((choice) => choice.textContent?.trim())).toEqual(['Kelp bags']);
    choices[0].click();
    view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/builds-on/idea-4' }).flush(submitted);
    await view.settle();
    expect(view.toast.success).toHaveBeenCalledWith('ideas.lineage.linked');
  });

  it('invites participants who are not its authors to build on the idea', async () => {
    const view = await open({ ...submitted, viewer: reader });
    expect(view.byTestId('lineage-search')).toBeNull();
    expect(view.byTestId('idea-lineage')).toBeNull();
    expect(view.byTestId('build-on-link')?.getAttribute('href')).toBe('/challenges/ch-1/ideas/new?buildsOn=idea-1');
  });

  it('says when there is no such idea', async () => {
    const view = await renderAt('/ideas/idea-1');
    await view.settle();
    view.backend
      .expectOne('/api/v1/ideas/idea-1')
      .flush(
        { status: 404, detail: 'There is no such idea.' },
        { status: 404, statusText: 'Not Found', headers: problemJson },
      );
    await view.settle();
    expect(view.text('idea-not-found')).toContain("We can't find this idea");
  });
});
