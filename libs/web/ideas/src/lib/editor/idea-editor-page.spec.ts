import type { ChallengeDetail, IdeaDetail } from '@crowdforge/contracts';
import { aChallenge, aSummary, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';
import { AUTOSAVE_DELAY_MS } from './autosave';
import { TYPING_PAUSE_MS } from './similar-ideas-panel';

const problemJson = { 'Content-Type': 'application/problem+json' };
const problem = (status: number, detail: string, errors?: { field: string; messages: string[] }[]) =>
  [
    { type: 'about:blank', title: 'Refused', status, detail, ...(errors ? { errors } : {}) },
    { status, statusText: 'Refused', headers: problemJson },
  ] as const;

describe('IdeaEditorPage', () => {
  async function openEdit(idea: IdeaDetail = anIdea(), challenge: ChallengeDetail = aChallenge()) {
    const view = await renderAt('/ideas/idea-1/edit');
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(challenge);
    await view.settle();
    return view;
  }

  it('creates the draft on the first save and opens it for editing', async () => {
    const view = await renderAt('/challenges/ch-1/ideas/new');
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    await view.settle();

    view.type('idea-title', 'Se');
    view.byTestId('idea-create')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'POST' });
    expect(view.text('idea-editor')).toContain('Use at least 3 characters.');

    view.type('idea-title', 'Seaweed tea bags');
    view.byTestId('idea-create')?.click();
    const create = view.backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/ideas' });
    expect(create.request.body).toEqual({
      title: 'Seaweed tea bags',
      pitch: '',
      description: '',
      fields: {},
      tags: [],
      anonymous: false,
    });
    create.flush(anIdea());
    await view.settle();
    expect(view.router.url).toBe('/ideas/idea-1/edit');
  });

  it('links a new idea written from “build on this idea” to the idea it builds on', async () => {
    const view = await renderAt('/challenges/ch-1/ideas/new?buildsOn=idea-9');
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    view.backend.expectOne('/api/v1/ideas/idea-9').flush(anIdea({ id: 'idea-9', title: 'Folding bottle' }));
    await view.settle();
    expect(view.text('editor-builds-on')).toBe('Your idea will build on “Folding bottle”.');

    view.type('idea-title', 'Folding bottle with a tea filter');
    view.byTestId('idea-create')?.click();
    view.backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/ideas' }).flush(anIdea());
    await view.settle();
    const link = view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/builds-on/idea-9' });
    link.flush(anIdea());
    await view.settle();
    expect(view.router.url).toBe('/ideas/idea-1/edit');
  });

  it('suggests similar ideas of the challenge while the title and pitch are typed', async () => {
    const view = await renderAt('/challenges/ch-1/ideas/new');
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aChallenge());
    await view.settle(TYPING_PAUSE_MS + 50);
    view.backend.expectNone((request) => request.url.endsWith('/similar'));
    expect(view.text('similar-ideas')).toContain('ideas that sound alike appear here');

    view.type('idea-title', 'Seaweed');
    await view.settle(TYPING_PAUSE_MS / 2);
    view.type('idea-pitch', 'bags for the train');
    await view.settle(TYPING_PAUSE_MS + 50);
    const similar = view.backend.expectOne((request) => request.url === '/api/v1/challenges/ch-1/ideas/similar');
    expect(similar.request.params.get('text')).toBe('Seaweed bags for the train');
    expect(similar.request.params.has('except')).toBe(false);
    similar.flush([aSummary({ id: 'idea-9', title: 'Seaweed tea bags' })]);
    await view.settle();
    const suggestion = view.byTestId('similar-idea');
    expect(suggestion?.querySelector('a')?.getAttribute('href')).toBe('/ideas/idea-9');
    expect(suggestion?.textContent).toContain('Bags that compost in weeks.');
  });

  it('leaves the idea being edited out of its own suggestions', async () => {
    const view = await openEdit();
    await view.settle(TYPING_PAUSE_MS + 50);
    const similar = view.backend.expectOne((request) => request.url === '/api/v1/challenges/ch-1/ideas/similar');
    expect(similar.request.params.get('except')).toBe('idea-1');
    similar.flush([]);
    await view.settle();
    expect(view.byTestId('similar-none')).not.toBeNull();
  });

  it('builds the draft on a suggested idea', async () => {
    const view = await openEdit();
    await view.settle(TYPING_PAUSE_MS + 50);
    view.backend
      .expectOne((request) => request.url === '/api/v1/challenges/ch-1/ideas/similar')
      .flush([aSummary({ id: 'idea-9', title: 'Seaweed sachets' })]);
    await view.settle();
    view.byTestId('similar-build-on')?.click();
    view.backend.expectOne({ method: 'PUT', url: '/api/v1/ideas/idea-1/builds-on/idea-9' }).flush(
      anIdea({
        lineage: { buildsOn: [{ id: 'idea-9', title: 'Seaweed sachets', status: 'submitted' }], builtOnBy: [] },
      }),
    );
    await view.settle();
    expect(view.text('similar-built-on')).toBe('You build on it');
    expect(view.text('builds-on')).toContain('Seaweed sachets');
  });

  it('saves only what changed, once typing has paused, and says so', async () => {
    const view = await openEdit();
    expect(view.text('autosave-status')).toBe('Changes are saved as you type.');

    view.type('idea-pitch', 'Seaweed film seals like plastic and composts.');
    await view.settle(AUTOSAVE_DELAY_MS / 2);
    view.type('idea-pitch', 'Seaweed film seals like plastic and composts in weeks.');
    await view.settle(AUTOSAVE_DELAY_MS / 2);
    view.backend.expectNone({ method: 'PATCH' });
    expect(view.text('autosave-status')).toBe('Unsaved changes…');

    await view.settle(AUTOSAVE_DELAY_MS);
    const patch = view.backend.expectOne({ method: 'PATCH', url: '/api/v1/ideas/idea-1' });
    expect(patch.request.body).toEqual({ pitch: 'Seaweed film seals like plastic and composts in weeks.' });
    expect(view.text('autosave-status')).toBe('Saving…');
    expect(view.byTestId('autosave-status')?.getAttribute('aria-live')).toBe('polite');

    patch.flush(anIdea({ pitch: 'Seaweed film seals like plastic and composts in weeks.' }));
    await view.settle();
    expect(view.text('autosave-status')).toBe('Saved');
  });

  it('shows why a change was not saved', async () => {
    const view = await openEdit();
    view.type('idea-field-pilot', 'Utrecht <script>');
    await view.settle(AUTOSAVE_DELAY_MS + 50);
    view.backend
      .expectOne({ method: 'PATCH' })
      .flush(...problem(400, 'Check the marked fields.', [{ field: 'fields.pilot', messages: ['no HTML'] }]));
    await view.settle();

    expect(view.text('autosave-status')).toBe('Not saved: Check the marked fields.');
    expect(view.byTestId('idea-field-pilot')?.closest('mat-form-field')?.textContent).toContain('no HTML');
  });

  it('asks for the licence only when it is not yet accepted, and sends its version', async () => {
    const accepted = aChallenge({ viewer: { ...aChallenge().viewer, acceptedLicenceVersion: 2 } });
    const view = await openEdit(anIdea(), accepted);
    expect(view.byTestId('submit-licence')).toBeNull();
    view.byTestId('idea-submit')?.click();
    await view.settle();
    const submit = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/submission' });
    expect(submit.request.body).toEqual({});
    submit.flush(anIdea({ status: 'submitted' }));
    await view.settle();
    expect(view.router.url).toBe('/ideas/idea-1');
  });

  it('submits with the licence accepted and shows the reason next to the field it concerns', async () => {
    const view = await openEdit(anIdea({ fields: {} }), aChallenge({ ideaForm: [] }));
    view.byTestId('idea-submit')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'POST' });
    expect(view.text('submit-panel')).toContain('Accept the licence to submit your idea.');

    view.byTestId('submit-licence')?.querySelector('input')?.click();
    await view.settle();
    view.byTestId('idea-submit')?.click();
    await view.settle();
    const submit = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/submission' });
    expect(submit.request.body).toEqual({ acceptLicenceVersion: 2 });
    submit.flush(
      ...problem(400, 'Check the marked fields.', [
        { field: 'title', messages: ['title must not be a copy of another idea'] },
      ]),
    );
    await view.settle();

    expect(view.byTestId('idea-title')?.closest('mat-form-field')?.textContent).toContain(
      'title must not be a copy of another idea',
    );
    expect(view.text('submit-panel')).toContain('Your idea is not submitted yet: correct the marked fields.');
    expect(view.router.url).toBe('/ideas/idea-1/edit');
  });

  it('says why the challenge does not take the idea now', async () => {
    const accepted = aChallenge({ viewer: { ...aChallenge().viewer, acceptedLicenceVersion: 2 } });
    const view = await openEdit(anIdea(), accepted);
    view.byTestId('idea-submit')?.click();
    await view.settle();
    view.backend.expectOne({ method: 'POST' }).flush(...problem(409, 'The challenge is not taking ideas now.'));
    await view.settle();
    expect(view.text('form-error')).toBe('The challenge is not taking ideas now.');
  });

  it('lists the co-author invitations and sends new ones', async () => {
    const view = await openEdit(
      anIdea({ invitations: [{ id: 'inv-1', email: 'grace@example.org', state: 'pending', createdAt: '2030-02-01' }] }),
    );
    expect(view.text('invitation')).toContain('Waiting for an answer');

    view.type('invite-email', 'alan@example.org');
    view.byTestId('invite-submit')?.click();
    const invite = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/co-author-invitations' });
    expect(invite.request.body).toEqual({ email: 'alan@example.org' });
  });
});
