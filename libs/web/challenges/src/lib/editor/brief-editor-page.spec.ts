import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ChallengeDetail, ChallengeInput } from '@crowdforge/contracts';
import { aDetail, aWindow } from '../../testing/challenge-fixtures';
import { aMembership, aUser, renderAt } from '../../testing/render';

const problemJson = { 'Content-Type': 'application/problem+json' };
const manager = aUser({ memberships: [aMembership('manager')] });
const managing = {
  canManage: true,
  canTakePart: false,
  isParticipant: false,
  acceptedLicenceVersion: null,
  isFollowing: false,
};
const local = (value: string) => new Date(value).toISOString();

describe('BriefEditorPage', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function openNew() {
    const view = await renderAt('/challenges/new?organisationId=org-1', { user: manager });
    await view.settle();
    return view;
  }

  async function openEdit(challenge: ChallengeDetail) {
    const view = await renderAt('/challenges/ch-1/edit', { user: manager });
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(challenge);
    await view.settle();
    return view;
  }

  type View = Awaited<ReturnType<typeof openNew>>;
  const inRow = (view: View, row: string, index: number, field: string) => {
    const input = view.allByTestId(row)[index]?.querySelector<HTMLInputElement>(`[data-testid="${field}"]`);
    if (!input) throw new Error(`no ${field} in ${row} ${index}`);
    return input;
  };
  const toggle = (view: View, id: string) => view.byTestId(id)?.querySelector('button')?.click();
  const errorsIn = (element: Element | null | undefined) =>
    Array.from(element?.closest('mat-form-field')?.querySelectorAll('mat-error') ?? []).map((e) =>
      e.textContent?.trim(),
    );
  const save = async (view: View) => {
    view.byTestId('editor-save')?.click();
    await view.settle();
  };

  it('refuses weights that are not above zero and windows that close before they open', async () => {
    const view = await openNew();
    view.type('editor-title', 'Tea without plastic');
    view.byTestId('editor-add-criterion')?.click();
    await view.settle();
    const weight = inRow(view, 'editor-criterion', 0, 'editor-criterion-weight');
    view.type(inRow(view, 'editor-criterion', 0, 'editor-criterion-name'), 'Impact');
    view.type(weight, '0');
    toggle(view, 'editor-window-voting-enabled');
    await view.settle();
    view.type('editor-window-voting-opens', '2030-05-10T09:00');
    view.type('editor-window-voting-closes', '2030-05-01T09:00');
    await save(view);

    view.backend.expectNone('/api/v1/organisations/org-1/challenges');
    expect(errorsIn(weight)).toEqual(['Enter a number above 0.']);
    expect(errorsIn(view.byTestId('editor-window-voting-closes'))).toEqual(['Choose a time after the opening.']);

    view.type(weight, '2.5');
    view.type('editor-window-voting-closes', '2030-05-20T09:00');
    await save(view);
    view.backend.expectOne('/api/v1/organisations/org-1/challenges');
  });

  it('saves a new draft with the whole brief, then opens it', async () => {
    const view = await openNew();
    view.type('editor-title', '  Tea without plastic ');
    view.type('editor-tagline', 'Help us drop plastic.');
    view.type('editor-brief-problem', 'Tea bags contain plastic.');
    view.type('editor-objective-target', '100% plastic-free by 2028');
    view.byTestId('editor-add-criterion')?.click();
    view.byTestId('editor-add-question')?.click();
    await view.settle();
    view.type(inRow(view, 'editor-criterion', 0, 'editor-criterion-name'), 'Impact');
    view.type(inRow(view, 'editor-criterion', 0, 'editor-criterion-weight'), '3');
    view.type(inRow(view, 'editor-question', 0, 'editor-question-prompt'), 'I am 18 or older');
    view.type('editor-sponsor-name', 'Grace Hopper');
    toggle(view, 'editor-window-submission-enabled');
    await view.settle();
    view.type('editor-window-submission-opens', '2030-05-01T09:00');
    await save(view);

    const create = view.backend.expectOne({ method: 'POST', url: '/api/v1/organisations/org-1/challenges' });
    const body = create.request.body as ChallengeInput;
    expect(body).toEqual({
      title: 'Tea without plastic',
      tagline: 'Help us drop plastic.',
      language: 'en',
      brief: { problem: 'Tea bags contain plastic.', background: '', objectives: '', constraints: '', rewards: '' },
      objectiveTarget: '100% plastic-free by 2028',
      criteria: [{ name: 'Impact', guidance: '', weight: 3 }],
      licence: { kind: 'cc_by_4', text: '' },
      sponsor: { name: 'Grace Hopper', title: '' },
      contacts: [],
      themes: [],
      onBehalfOf: null,
      audience: 'public',
      invitedEmails: [],
      invitedDomains: [],
      ideaVisibility: 'audience',
      allowAnonymous: false,
      eligibility: [{ key: 'question-1', kind: 'confirm', prompt: 'I am 18 or older', required: true }],
      ideaForm: [],
      windows: [{ kind: 'submission', opensAt: local('2030-05-01T09:00'), closesAt: null }],
    });
    create.flush(aDetail({ state: 'draft', viewer: managing }), { status: 201, statusText: 'Created' });
    await view.settle();

    expect(view.toast.success).toHaveBeenCalledWith('challenges.editor.created');
    expect(view.router.url).toBe('/challenges/ch-1');
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(aDetail({ state: 'draft', viewer: managing }));
  });

  it('asks for custom terms only when the licence is custom', async () => {
    const view = await openNew();
    view.type('editor-title', 'Tea');
    view.byTestId('editor-licence-custom')?.querySelector('input')?.click();
    await view.settle();
    await save(view);

    view.backend.expectNone('/api/v1/organisations/org-1/challenges');
    expect(errorsIn(view.byTestId('editor-licence-text'))).toEqual(['Fill this in.']);

    view.type('editor-licence-text', 'Ideas stay yours; we may test them.');
    await save(view);
    const create = view.backend.expectOne('/api/v1/organisations/org-1/challenges');
    expect(create.request.body.licence).toEqual({ kind: 'custom', text: 'Ideas stay yours; we may test them.' });
  });

  it('uploads a cover at once, without touching what is being typed, and removes it', async () => {
    const view = await openEdit(aDetail({ viewer: managing }));
    view.type('editor-title', 'Typed, not saved');
    const picker = view.byTestId<HTMLInputElement>('editor-cover-upload-input');
    Object.defineProperty(picker, 'files', { value: [new File(['png'], 'cover.png', { type: 'image/png' })] });
    picker?.dispatchEvent(new Event('change'));
    const cover = '/api/v1/challenges/ch-1/cover/att-9';
    view.backend
      .expectOne({ method: 'PUT', url: '/api/v1/challenges/ch-1/cover' })
      .flush(aDetail({ viewer: managing, coverImageUrl: cover }));
    await view.settle();
    expect(view.byTestId('editor-cover-preview')?.getAttribute('src')).toBe(`${cover}?size=medium`);
    expect(view.byTestId<HTMLInputElement>('editor-title')?.value).toBe('Typed, not saved');

    view.byTestId('editor-cover-remove')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/challenges/ch-1/cover' }).flush(null);
    await view.settle();
    expect(view.byTestId('editor-cover-preview')).toBeNull();
  });

  it('asks to save a new challenge before its cover is uploaded', async () => {
    const view = await openNew();
    expect(view.text('editor-cover')).toContain('You can add a cover image once the draft is saved.');
  });

  it('saves a draft without asking what changed', async () => {
    const view = await openEdit(aDetail({ state: 'draft', stage: 'draft', viewer: managing }));

    expect(view.byTestId<HTMLInputElement>('editor-title')?.value).toBe('Tea without plastic');
    expect(view.allByTestId('editor-criterion')).toHaveLength(2);
    view.type('editor-title', 'Tea bags without plastic');
    await save(view);

    const update = view.backend.expectOne({ method: 'PATCH', url: '/api/v1/challenges/ch-1' });
    expect(update.request.body.title).toBe('Tea bags without plastic');
    expect(update.request.body).not.toHaveProperty('changeSummary');
    expect(update.request.body.windows).toEqual([
      { kind: 'submission', opensAt: expect.any(String), closesAt: expect.any(String) },
    ]);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('asks what changed before saving a published brief, and saves nothing when cancelled', async () => {
    const view = await openEdit(aDetail({ viewer: managing }));
    view.type('editor-title', 'Tea bags without plastic');
    await save(view);

    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('What did you change?');
    dialog.querySelector<HTMLElement>('[data-testid="change-summary-submit"]')?.click();
    await view.settle();
    view.backend.expectNone('/api/v1/challenges/ch-1');
    expect(dialog.querySelector('mat-error')?.textContent?.trim()).toBe('Fill this in.');

    view.type(dialog.querySelector('[data-testid="change-summary"]') as HTMLTextAreaElement, 'Sharper title');
    dialog.querySelector<HTMLElement>('[data-testid="change-summary-submit"]')?.click();
    await view.settle(300);

    const update = view.backend.expectOne({ method: 'PATCH', url: '/api/v1/challenges/ch-1' });
    expect(update.request.body).toEqual(
      expect.objectContaining({ title: 'Tea bags without plastic', changeSummary: 'Sharper title' }),
    );
    update.flush(aDetail({ title: 'Tea bags without plastic', revision: 2, viewer: managing }));
    await view.settle();
    expect(view.toast.success).toHaveBeenCalledWith('challenges.editor.revised', { number: 2 });

    await save(view);
    (document.querySelector('mat-dialog-container button[mat-button]') as HTMLElement).click();
    await view.settle(300);
    view.backend.expectNone('/api/v1/challenges/ch-1');
  });

  it('puts the API field errors next to the fields and lists them', async () => {
    const view = await openEdit(
      aDetail({
        state: 'draft',
        viewer: managing,
        windows: [aWindow('submission'), aWindow('voting', { open: false })],
      }),
    );
    await save(view);
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'The request is not valid.',
        errors: [
          { field: 'criteria.1.weight', messages: ['Weights must be whole numbers.'] },
          { field: 'windows.1.closesAt', messages: ['Voting must close after submissions.'] },
        ],
      },
      { status: 400, statusText: 'Bad Request', headers: problemJson },
    );
    await view.settle();

    expect(errorsIn(inRow(view, 'editor-criterion', 1, 'editor-criterion-weight'))).toEqual([
      'Weights must be whole numbers.',
    ]);
    expect(errorsIn(view.byTestId('editor-window-voting-closes'))).toEqual(['Voting must close after submissions.']);
    expect(view.text('editor-errors')).toContain('Evaluation criteria: Weights must be whole numbers.');
    expect(view.text('editor-errors')).toContain('Phases: Voting must close after submissions.');
  });

  it('tells people who do not manage the challenge that they cannot edit it', async () => {
    const view = await openEdit(aDetail());

    expect(view.byTestId('editor-not-allowed')).not.toBeNull();
    expect(view.byTestId('brief-editor')).toBeNull();
  });
});
