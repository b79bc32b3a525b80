import { renderMarkdown } from '@crowdforge/api-platform';
import {
  BRIEF_SECTIONS,
  type BriefSection,
  type ChallengeDetail,
  type ChallengeFigures,
  type ChallengeStage,
  type ChallengeSummary,
  type ChallengeViewer,
  type RenderedText,
} from '@crowdforge/contracts';
import type { ChallengeRow } from './challenge.entity';
import { isWindowOpen } from './windows/phase-rules';

/** Where the cover is served; the attachment id in it changes with every new cover, so browsers may cache it. */
export const coverUrl = (challengeId: string, attachmentId: string) =>
  `/api/v1/challenges/${challengeId}/cover/${attachmentId}`;

export interface ChallengeFacts {
  stage: ChallengeStage;
  figures: ChallengeFigures | null;
  now: Date;
}

export function toSummary(row: ChallengeRow, facts: ChallengeFacts): ChallengeSummary {
  const organisation = row.organisation;
  if (!organisation) throw new Error('challenge loaded without its organisation');
  return {
    id: row.id,
    organisation: {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      brandColour: organisation.brandColour,
      logoUrl: organisation.logoUrl,
    },
    onBehalfOf: row.onBehalfOf,
    title: row.title,
    tagline: row.tagline,
    language: row.language,
    coverImageUrl: row.coverAttachmentId ? coverUrl(row.id, row.coverAttachmentId) : null,
    state: row.state,
    stage: facts.stage,
    audience: row.audience,
    themes: row.themes,
    windows: [...(row.windows ?? [])]
      .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime())
      .map((window) => ({
        kind: window.kind,
        opensAt: window.opensAt.toISOString(),
        closesAt: window.closesAt?.toISOString() ?? null,
        open: isWindowOpen(row.state, window, facts.now),
        openedAt: window.openedAt?.toISOString() ?? null,
        closedAt: window.closedAt?.toISOString() ?? null,
      })),
    figures: facts.figures,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export function toDetail(
  row: ChallengeRow,
  facts: ChallengeFacts,
  viewer: ChallengeViewer,
  publicUrl: string,
): ChallengeDetail {
  return {
    ...toSummary(row, facts),
    brief: Object.fromEntries(BRIEF_SECTIONS.map((section) => [section, rendered(row.brief[section])])) as Record<
      BriefSection,
      RenderedText
    >,
    objectiveTarget: row.objectiveTarget,
    criteria: row.criteria,
    licence: { kind: row.licenceKind, text: row.licenceText, version: row.licenceVersion },
    sponsor: row.sponsor,
    contacts: row.contacts,
    ideaVisibility: row.ideaVisibility,
    allowAnonymous: row.allowAnonymous,
    eligibility: row.eligibility,
    ideaForm: row.ideaForm,
    revision: row.revision,
    closedAt: row.closedAt?.toISOString() ?? null,
    closeOut:
      row.closeThankYou !== null && row.closeOutcome !== null
        ? { thankYou: rendered(row.closeThankYou), outcome: rendered(row.closeOutcome) }
        : null,
    viewer,
    organiser: viewer.canManage
      ? {
          unlistedLink: row.unlistedToken
            ? new URL(`/challenges/${row.id}?key=${row.unlistedToken}`, publicUrl).toString()
            : null,
          invitedEmails: row.invitedEmails,
          invitedDomains: row.invitedDomains,
        }
      : null,
  };
}

export function rendered(markdown: string): RenderedText {
  return { markdown, html: renderMarkdown(markdown) };
}
