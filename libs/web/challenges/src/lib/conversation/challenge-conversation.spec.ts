import type {
  AmendmentView,
  AnnouncementView,
  ChallengeDetail,
  ChallengeQuestionView,
  ChallengeRevisionSummary,
} from '@crowdforge/contracts';
import { aDetail, daysFromNow } from '../../testing/challenge-fixtures';
import { renderAt } from '../../testing/render';

const BASE = '/api/v1/challenges/ch-1';
const problemJson = { 'Content-Type': 'application/problem+json' };
const aProblem = (status: number, detail: string) => ({
  type: 'about:blank',
  title: 'Refused',
  status,
  code: 'refused',
  detail,
});
const participant = { ...aDetail().viewer, canTakePart: true };
const manager = { ...aDetail().viewer, canManage: true };

function aQuestion(overrides: Partial<ChallengeQuestionView> = {}): ChallengeQuestionView {
  return {
    id: 'q-1',
    body: 'May ideas use bamboo?',
    author: 'Chris Crowd',
    createdAt: daysFromNow(-1),
    answer: null,
    ...overrides,
  };
}

function anAmendment(overrides: Partial<AmendmentView> = {}): AmendmentView {
  return {
    id: 'a-1',
    section: 'problem',
    paragraph: 0,
    original: 'Tea bags contain plastic.',
    proposed: 'Most tea bags contain plastic.',
    rationale: 'Not all of them do',
    author: 'Chris Crowd',
    createdAt: daysFromNow(-1),
    state: 'open',
    response: null,
    decidedAt: null,
    revision: null,
    ...overrides,
  };
}

const announcement: AnnouncementView = {
  id: 'n-1',
  title: 'Deadline moved',
  body: { markdown: 'One more week.', html: '<p>One more week.</p>' },
  author: 'Ada',
  createdAt: daysFromNow(0),
};

interface Conversation {
  questions?: ChallengeQuestionView[];
  amendments?: AmendmentView[];
  announcements?: AnnouncementView[];
  revisions?: ChallengeRevisionSummary[];
}

/** The challenge page with its conversation loaded. */
async function open(challenge: ChallengeDetail, conversation: Conversation = {}) {
  const view = await renderAt('/challenges/ch-1');
  await view.settle();
  view.backend.expectOne(BASE).flush(challenge);
  await view.settle();
  flushConversation(view, conversation);
  await view.settle();
  return view;
}

function flushConversation(view: Awaited<ReturnType<typeof renderAt>>, conversation: Conversation): void {
  for (const part of ['questions', 'amendments', 'announcements', 'revisions'] as const) {
    for (const request of view.backend.match(`${BASE}/${part}`)) {
      if (!request.cancelled) request.flush(conversation[part] ?? []);
    }
  }
}

describe('the conversation about a published brief', () => {
  it('sends a question, trimmed, then shows the list again and clears the form', async () => {
    const view = await open(aDetail({ viewer: participant }));

    view.byTestId('ask-submit')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'POST', url: `${BASE}/questions` });

    view.type('ask-input', '  May ideas use bamboo?  ');
    await view.settle();
    view.byTestId('ask-submit')?.click();
    const ask = view.backend.expectOne({ method: 'POST', url: `${BASE}/questions` });
    expect(ask.request.body).toEqual({ body: 'May ideas use bamboo?' });
    await view.settle();
    expect(view.byTestId<HTMLButtonElement>('ask-submit')?.disabled).toBe(true);
    ask.flush(aQuestion());
    await view.settle();

    view.backend.expectOne(`${BASE}/questions`).flush([aQuestion()]);
    await view.settle();
    expect(view.allByTestId('question').map((item) => item.querySelector('.body')?.textContent)).toEqual([
      'May ideas use bamboo?',
    ]);
    expect(view.byTestId<HTMLTextAreaElement>('ask-input')?.value).toBe('');
    expect(view.toast.success).toHaveBeenCalledWith('challenges.conversation.questions.sent');
  });

  it("shows the API's words when a question is refused and keeps what was typed", async () => {
    const view = await open(aDetail({ viewer: participant }));
    view.type('ask-input', 'Why plastic?');
    await view.settle();
    view.byTestId('ask-submit')?.click();
    view.backend
      .expectOne({ method: 'POST', url: `${BASE}/questions` })
      .flush(aProblem(429, 'You asked a lot today; try again tomorrow.'), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: problemJson,
      });
    await view.settle();

    expect(view.element().querySelector('[role="alert"]')?.textContent).toContain('You asked a lot today');
    expect(view.byTestId<HTMLTextAreaElement>('ask-input')?.value).toBe('Why plastic?');
    expect(view.toast.success).not.toHaveBeenCalled();
  });

  it('lets organisers answer an open question in place', async () => {
    const view = await open(aDetail({ viewer: manager }), { questions: [aQuestion()] });
    const question = view.byTestId('question');
    view.type(
      question?.querySelector<HTMLTextAreaElement>('[data-testid="answer-input"]') as HTMLTextAreaElement,
      'Yes.',
    );
    await view.settle();
    question?.querySelector<HTMLButtonElement>('[data-testid="answer-submit"]')?.click();

    const answer = view.backend.expectOne({ method: 'PUT', url: `${BASE}/questions/q-1/answer` });
    expect(answer.request.body).toEqual({ body: 'Yes.' });
    answer.flush(
      aQuestion({ answer: { body: { markdown: 'Yes.', html: '<p>Yes.</p>' }, by: 'Ada', at: daysFromNow(0) } }),
    );
    await view.settle();
    view.backend
      .expectOne(`${BASE}/questions`)
      .flush([
        aQuestion({ answer: { body: { markdown: 'Yes.', html: '<p>Yes.</p>' }, by: 'Ada', at: daysFromNow(0) } }),
      ]);
    await view.settle();

    expect(view.text('question-answer')).toContain('Yes.');
    expect(view.byTestId('answer-input')).toBeNull();
  });

  it('offers participants no answer form, only the ask form', async () => {
    const participantView = await open(aDetail({ viewer: participant }), { questions: [aQuestion()] });
    expect(participantView.byTestId('answer-input')).toBeNull();
    expect(participantView.byTestId('ask-form')).not.toBeNull();
  });

  it('starts a suggestion from the paragraph it rewrites and sends section, paragraph and wording', async () => {
    const view = await open(
      aDetail({
        viewer: participant,
        brief: {
          ...aDetail().brief,
          problem: { markdown: 'First.\n\nSecond one.', html: '<p>First.</p><p>Second one.</p>' },
        },
      }),
    );
    expect(view.byTestId<HTMLTextAreaElement>('suggest-proposed')?.value).toBe('First.');

    view.byTestId('suggest-paragraph')?.click();
    await view.settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => option.textContent?.trim())).toEqual(['1. First.', '2. Second one.']);
    options[1].click();
    await view.settle();
    expect(view.byTestId<HTMLTextAreaElement>('suggest-proposed')?.value).toBe('Second one.');

    view.type('suggest-proposed', 'The second, clearer.');
    view.type('suggest-rationale', 'Clearer');
    await view.settle();
    view.byTestId('suggest-submit')?.click();
    const suggest = view.backend.expectOne({ method: 'POST', url: `${BASE}/amendments` });
    expect(suggest.request.body).toEqual({
      section: 'problem',
      paragraph: 1,
      proposed: 'The second, clearer.',
      rationale: 'Clearer',
    });
    suggest.flush(anAmendment());
    await view.settle();
    view.backend.expectOne(`${BASE}/amendments`).flush([anAmendment()]);
    await view.settle();
    expect(view.byTestId('amendment')?.getAttribute('data-state')).toBe('open');
  });

  it('refuses to decline a suggestion without a reason; accepting it loads the revised challenge', async () => {
    const view = await open(aDetail({ viewer: manager }), { amendments: [anAmendment()] });

    view.byTestId('amendment-decline')?.click();
    await view.settle();
    view.backend.expectNone({ method: 'POST', url: `${BASE}/amendments/a-1/decline` });
    expect(view.toast.error).toHaveBeenCalledWith('challenges.conversation.amendments.reasonNeeded');

    view.type('amendment-response', 'Good catch');
    await view.settle();
    view.byTestId('amendment-accept')?.click();
    const accept = view.backend.expectOne({ method: 'POST', url: `${BASE}/amendments/a-1/accept` });
    expect(accept.request.body).toEqual({ response: 'Good catch' });
    accept.flush(anAmendment({ state: 'accepted', response: 'Good catch', revision: 2 }));
    await view.settle();

    view.backend.expectOne(BASE).flush(aDetail({ viewer: manager, revision: 2 }));
    await view.settle();
    flushConversation(view, { amendments: [anAmendment({ state: 'accepted', response: 'Good catch', revision: 2 })] });
    await view.settle();
    expect(view.byTestId('amendment')?.getAttribute('data-state')).toBe('accepted');
    expect(view.text('amendment')).toContain('in revision 2');
    expect(view.byTestId('amendment-accept')).toBeNull();
  });

  it('lets organisers announce', async () => {
    const view = await open(aDetail({ viewer: manager }));
    view.type('announce-title', 'Deadline moved');
    view.type('announce-body', 'One more week.');
    await view.settle();
    view.byTestId('announce-submit')?.click();
    const announce = view.backend.expectOne({ method: 'POST', url: `${BASE}/announcements` });
    expect(announce.request.body).toEqual({ title: 'Deadline moved', body: 'One more week.' });

    announce.flush(announcement);
    await view.settle();
    view.backend.expectOne(`${BASE}/announcements`).flush([announcement]);
    await view.settle();
    expect(view.byTestId<HTMLInputElement>('announce-title')?.value).toBe('');
    expect(view.element().textContent).toContain('One more week.');
  });

  it('shows announcements to participants, without the form', async () => {
    const view = await open(aDetail({ viewer: participant }), { announcements: [announcement] });
    expect(view.element().textContent).toContain('Deadline moved');
    expect(view.byTestId('announce-form')).toBeNull();
  });

  it("loads a revision's word changes only when someone opens it", async () => {
    const view = await open(aDetail(), {
      revisions: [{ number: 2, summary: 'Took in a suggestion', createdAt: daysFromNow(0), author: 'Ada' }],
    });
    view.backend.expectNone(`${BASE}/revisions/2`);

    const details = view.byTestId('revision')?.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await view.settle();
    view.backend.expectOne(`${BASE}/revisions/2`).flush({
      number: 2,
      summary: 'Took in a suggestion',
      createdAt: daysFromNow(0),
      author: 'Ada',
      changes: [
        {
          field: 'brief.problem',
          parts: [
            { kind: 'added', text: 'Most ' },
            { kind: 'same', text: 'tea bags contain plastic.' },
          ],
        },
      ],
    });
    await view.settle();
    const change = view.byTestId('revision-change');
    expect(change?.querySelector('ins')?.textContent).toBe('Most ');
    expect(change?.textContent).toContain('tea bags contain plastic.');
  });

  it('follows and stops following, and says so when it fails', async () => {
    const view = await open(aDetail({ viewer: participant }));
    const button = () => view.byTestId<HTMLButtonElement>('follow-button');
    expect(button()?.getAttribute('aria-pressed')).toBe('false');

    button()?.click();
    view.backend.expectOne({ method: 'PUT', url: `${BASE}/follow` }).flush(null);
    await view.settle();
    expect(button()?.getAttribute('aria-pressed')).toBe('true');

    button()?.click();
    view.backend
      .expectOne({ method: 'DELETE', url: `${BASE}/follow` })
      .flush(aProblem(503, 'Try again in a moment.'), { status: 503, statusText: 'Unavailable', headers: problemJson });
    await view.settle();
    expect(button()?.getAttribute('aria-pressed')).toBe('true');
    expect(view.element().querySelector('[role="alert"]')?.textContent).toContain('Try again in a moment.');
  });

  it('shows the outcome of a closed challenge and no longer invites questions or suggestions', async () => {
    const view = await open(
      aDetail({
        state: 'closed',
        viewer: participant,
        closeOut: {
          thankYou: { markdown: 'Thank you all.', html: '<p>Thank you all.</p>' },
          outcome: { markdown: 'Two ideas go to a pilot.', html: '<p>Two ideas go to a pilot.</p>' },
        },
      }),
    );
    expect(view.text('close-out')).toContain('Two ideas go to a pilot.');
    expect(view.byTestId('ask-form')).toBeNull();
    expect(view.byTestId('suggest-form')).toBeNull();
  });
});
