import type { ChallengeDetail, CommentView, IdeaDetail, IdeaSummary } from '@crowdforge/contracts';

const rendered = (markdown: string) => ({ markdown, html: markdown ? `<p>${markdown}</p>` : '' });

/** An open challenge Ada takes part in, with one required field of its own. */
export function aChallenge(overrides: Partial<ChallengeDetail> = {}): ChallengeDetail {
  return {
    id: 'ch-1',
    organisation: { id: 'org-1', slug: 'tea', name: 'Leafy Tea', brandColour: '#b5651d', logoUrl: null },
    onBehalfOf: null,
    title: 'Tea without plastic',
    tagline: 'Help us drop plastic from every tea bag.',
    language: 'en',
    coverImageUrl: null,
    state: 'published',
    stage: 'open',
    audience: 'public',
    themes: [],
    windows: [
      {
        kind: 'submission',
        opensAt: '2030-01-01T00:00:00Z',
        closesAt: null,
        open: true,
        openedAt: null,
        closedAt: null,
      },
    ],
    figures: null,
    publishedAt: '2030-01-01T00:00:00Z',
    brief: {
      problem: rendered('Tea bags contain plastic.'),
      background: rendered(''),
      objectives: rendered(''),
      constraints: rendered(''),
      rewards: rendered(''),
    },
    objectiveTarget: '',
    criteria: [],
    licence: { kind: 'cc_by_4', text: 'Share and adapt, giving credit.', version: 2 },
    sponsor: null,
    contacts: [],
    ideaVisibility: 'audience',
    allowAnonymous: false,
    eligibility: [],
    ideaForm: [
      { key: 'pilot', kind: 'short_text', label: 'Pilot site', help: 'Where to try it', required: true, options: [] },
    ],
    revision: 1,
    closedAt: null,
    closeOut: null,
    viewer: {
      canManage: false,
      canTakePart: false,
      isParticipant: true,
      acceptedLicenceVersion: null,
      isFollowing: false,
    },
    organiser: null,
    ...overrides,
  };
}

export function anIdea(overrides: Partial<IdeaDetail> = {}): IdeaDetail {
  return {
    id: 'idea-1',
    challengeId: 'ch-1',
    challengeTitle: 'Tea without plastic',
    status: 'draft',
    title: 'Seaweed tea bags',
    pitch: 'Seaweed film seals like plastic.',
    description: rendered('It composts in weeks.'),
    fields: { pilot: 'Utrecht' },
    attachments: [],
    mergedInto: null,
    tags: ['packaging'],
    anonymous: false,
    authors: [{ id: 'u-1', name: 'Ada Lovelace' }],
    version: 0,
    edited: false,
    createdAt: '2030-02-01T10:00:00Z',
    submittedAt: null,
    updatedAt: '2030-02-01T10:00:00Z',
    firstOfficialResponseAt: null,
    tally: null,
    history: [],
    lineage: { buildsOn: [], builtOnBy: [] },
    viewer: {
      isAuthor: true,
      canEdit: true,
      canManage: false,
      canModerate: false,
      isFollowing: true,
      invitationId: null,
    },
    hidden: null,
    commentsLocked: false,
    invitations: [],
    ...overrides,
  };
}

export function aSummary(overrides: Partial<IdeaSummary> = {}): IdeaSummary {
  return {
    id: 'idea-1',
    challengeId: 'ch-1',
    status: 'submitted',
    title: 'Seaweed tea bags',
    pitch: 'Bags that compost in weeks.',
    tags: ['packaging'],
    authors: [{ id: 'u-1', name: 'Ada Lovelace' }],
    edited: false,
    commentCount: 3,
    createdAt: '2030-02-01T10:00:00Z',
    submittedAt: '2030-02-02T10:00:00Z',
    tally: null,
    ...overrides,
  };
}

export function aComment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 'c-1',
    parentId: null,
    depth: 0,
    body: rendered('Could the film be home-compostable?'),
    author: { id: 'u-2', name: 'Grace Hopper' },
    byStaff: false,
    official: false,
    helpful: 0,
    createdAt: '2030-02-03T10:00:00Z',
    editedAt: null,
    deleted: false,
    hidden: null,
    viewer: { isAuthor: false, markedHelpful: false },
    ...overrides,
  };
}
