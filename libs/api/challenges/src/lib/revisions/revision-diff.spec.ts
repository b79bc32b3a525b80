import type { BriefSnapshot } from './brief-snapshot';
import { changesBetween } from './revision-diff';

const base: BriefSnapshot = {
  title: 'Invent a new way to drink tea',
  tagline: 'Surprise us',
  brief: { problem: 'People drink less tea.', background: '', objectives: '', constraints: '', rewards: '' },
  objectiveTarget: '3 prototypes',
  criteria: [{ name: 'Feasibility', guidance: 'Can we make it?', weight: 2 }],
  licence: { kind: 'cc_by_4', text: 'CC BY', version: 1 },
  sponsor: null,
  contacts: [],
  themes: ['tea'],
  ideaForm: [],
};

describe('changes between revisions', () => {
  it('names only the fields that changed, word by word', () => {
    const after = { ...base, brief: { ...base.brief, problem: 'Young people drink less tea at home.' } };
    expect(changesBetween(base, after)).toEqual([
      {
        field: 'brief.problem',
        parts: [
          { kind: 'removed', text: 'People' },
          { kind: 'added', text: 'Young people' },
          { kind: 'same', text: ' drink less tea ' },
          { kind: 'added', text: 'at home' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
  });

  it('shows a new licence version and a changed weight', () => {
    const after = {
      ...base,
      criteria: [{ ...base.criteria[0], weight: 3 }],
      licence: { kind: 'cc_by_sa_4' as const, text: 'CC BY-SA', version: 2 },
    };
    expect(changesBetween(base, after).map((change) => change.field)).toEqual(['criteria', 'licence']);
  });

  it('finds nothing when nothing changed', () => {
    expect(changesBetween(base, { ...base })).toEqual([]);
  });
});
