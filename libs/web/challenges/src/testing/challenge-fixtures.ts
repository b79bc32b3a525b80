import type {
  BriefSection,
  ChallengeDetail,
  ChallengePage,
  ChallengeSummary,
  PhaseKind,
  PhaseWindow,
  RenderedText,
} from '@crowdforge/contracts';

const DAY = 86_400_000;

/** An ISO date `days` from now (negative: in the past). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

export function aWindow(kind: PhaseKind, overrides: Partial<PhaseWindow> = {}): PhaseWindow {
  return {
    kind,
    opensAt: daysFromNow(-7),
    closesAt: daysFromNow(21),
    open: true,
    openedAt: daysFromNow(-7),
    closedAt: null,
    ...overrides,
  };
}

export function aSummary(overrides: Partial<ChallengeSummary> = {}): ChallengeSummary {
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
    themes: ['packaging'],
    windows: [aWindow('submission')],
    figures: { ideas: 12, participants: 30, votes: 45 },
    publishedAt: daysFromNow(-7),
    ...overrides,
  };
}

const rendered = (markdown: string): RenderedText => ({ markdown, html: markdown ? `<p>${markdown}</p>` : '' });

export function aDetail(overrides: Partial<ChallengeDetail> = {}): ChallengeDetail {
  const brief: Record<BriefSection, RenderedText> = {
    problem: rendered('Tea bags contain plastic.'),
    background: rendered('We tried paper, it tears.'),
    objectives: rendered('No plastic at all.'),
    constraints: rendered(''),
    rewards: rendered('A year of tea.'),
  };
  return {
    ...aSummary(),
    brief,
    objectiveTarget: '100% plastic-free by 2028',
    criteria: [
      { name: 'Impact', guidance: 'How much plastic it saves', weight: 3 },
      { name: 'Feasibility', guidance: 'Can we make it', weight: 1 },
    ],
    licence: { kind: 'cc_by_4', text: 'You may share and adapt, giving credit.', version: 2 },
    sponsor: { name: 'Grace Hopper', title: 'Head of R&D' },
    contacts: [{ name: 'Ada Lovelace', role: 'Innovation manager', email: 'ada@example.org' }],
    ideaVisibility: 'audience',
    allowAnonymous: false,
    eligibility: [
      { key: 'adult', kind: 'confirm', prompt: 'I am 18 or older', required: true },
      { key: 'company', kind: 'text', prompt: 'Your company', required: false },
    ],
    ideaForm: [],
    revision: 1,
    closedAt: null,
    closeOut: null,
    viewer: {
      canManage: false,
      canTakePart: true,
      isParticipant: false,
      acceptedLicenceVersion: null,
      isFollowing: false,
    },
    organiser: null,
    ...overrides,
  };
}

export function aPage(items: ChallengeSummary[], total = items.length, offset = 0, limit = 12): ChallengePage {
  return { items, total, limit, offset };
}
