import { HttpEventType } from '@angular/common/http';
import type { AttachmentView, ChallengeDetail, IdeaDetail } from '@crowdforge/contracts';
import { aChallenge, anIdea } from '../../testing/idea-fixtures';
import { renderAt } from '../../testing/render';

const photo: AttachmentView = {
  id: 'att-1',
  kind: 'image',
  mediaType: 'image/webp',
  name: 'roof.webp',
  byteSize: 48_200,
  width: 1600,
  height: 900,
  field: null,
  createdAt: '2030-02-01T10:00:00Z',
};
const plan: AttachmentView = {
  ...photo,
  id: 'att-2',
  kind: 'document',
  mediaType: 'application/pdf',
  name: 'plan.pdf',
  byteSize: 2_400_000,
  width: null,
  height: null,
  field: 'plan',
};
const withPlanField = (): ChallengeDetail => ({
  ...aChallenge(),
  ideaForm: [
    { key: 'plan', kind: 'file', label: 'Business plan', help: 'A PDF is best.', required: true, options: [] },
  ],
});
const problemJson = { 'Content-Type': 'application/problem+json' };

describe('attachments in the idea editor', () => {
  async function openEdit(idea: IdeaDetail, challenge: ChallengeDetail = aChallenge()) {
    const view = await renderAt('/ideas/idea-1/edit');
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(idea);
    await view.settle();
    view.backend.expectOne('/api/v1/challenges/ch-1').flush(challenge);
    await view.settle();
    return view;
  }

  function pick(view: Awaited<ReturnType<typeof openEdit>>, testId: string, file: File): void {
    const input = view.byTestId<HTMLInputElement>(`${testId}-input`);
    if (!input) throw new Error(`no file input ${testId}`);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('uploads a picked file showing its progress, then shows it with the idea', async () => {
    const view = await openEdit(anIdea());
    pick(view, 'attachment-upload', new File(['jpeg bytes'], 'roof.jpg', { type: 'image/jpeg' }));
    const upload = view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/attachments' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await view.settle();
    expect(view.text('attachments-editor')).toContain('Uploading… 40%');

    upload.flush(photo);
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(anIdea({ attachments: [photo] }));
    await view.settle();
    const thumbnail = view.byTestId('attachment-images')?.querySelector('img');
    expect(thumbnail?.getAttribute('src')).toBe('/api/v1/ideas/idea-1/attachments/att-1?size=small');
    expect(thumbnail?.getAttribute('alt')).toBe('roof.webp');
    expect(view.byTestId('attachment-upload')).not.toBeNull();
  });

  it('says why the server refused a file', async () => {
    const view = await openEdit(anIdea());
    pick(view, 'attachment-upload', new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
    view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/attachments' }).flush(
      {
        type: 'about:blank',
        title: 'Unsupported media type',
        status: 415,
        detail:
          'This kind of file is not accepted here: upload JPEG, PNG, WebP or GIF images or PDF or office documents.',
      },
      { status: 415, statusText: 'Unsupported Media Type', headers: problemJson },
    );
    await view.settle();
    expect(view.text('attachment-error')).toBe(
      'This kind of file is not accepted here: upload JPEG, PNG, WebP or GIF images or PDF or office documents.',
    );
  });

  it('fills a file field by uploading into it and shows the file it holds, apart from the other files', async () => {
    const view = await openEdit(anIdea({ attachments: [photo, plan], fields: { plan: 'att-2' } }), withPlanField());
    expect(view.text('idea-field-plan')).toContain('Business plan *');
    expect(view.byTestId('idea-field-plan')?.querySelector('a')?.textContent).toBe('plan.pdf');
    expect(view.byTestId('attachments-editor')?.querySelector('[data-testid="attachment-documents"]')).toBeNull();

    pick(view, 'idea-field-plan-upload', new File(['%PDF'], 'plan v2.pdf', { type: 'application/pdf' }));
    view.backend.expectOne({ method: 'POST', url: '/api/v1/ideas/idea-1/attachments?field=plan' });
  });

  it('removes a file', async () => {
    const view = await openEdit(anIdea({ attachments: [photo] }));
    view.element().querySelector<HTMLButtonElement>('button[aria-label="Remove roof.webp"]')?.click();
    view.backend.expectOne({ method: 'DELETE', url: '/api/v1/ideas/idea-1/attachments/att-1' }).flush(null);
    await view.settle();
    view.backend.expectOne('/api/v1/ideas/idea-1').flush(anIdea());
    await view.settle();
    expect(view.byTestId('attachment-images')).toBeNull();
  });
});
