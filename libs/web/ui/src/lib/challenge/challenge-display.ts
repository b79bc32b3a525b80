import type { ChallengeSummary } from '@crowdforge/contracts';
import { DEFAULT_BRAND_COLOUR, isHexColour } from '../brand/brand';

/** Who a challenge is shown as: its organisation, or the client it is run on behalf of. */
export interface ChallengeBrand {
  name: string;
  colour: string;
  logoUrl: string | null;
}

export function brandOf(challenge: Pick<ChallengeSummary, 'organisation' | 'onBehalfOf'>): ChallengeBrand {
  // A client replaces the agency entirely: its name, logo and colour (never the agency's).
  const { name, logoUrl, brandColour } = challenge.onBehalfOf ?? challenge.organisation;
  return { name, logoUrl, colour: isHexColour(brandColour) ? brandColour : DEFAULT_BRAND_COLOUR };
}

/** The one date a card shows, taken from the submission window. */
export interface KeyDate {
  kind: 'opens' | 'closes' | 'ongoing' | 'closed';
  date: string | null;
}

export function keyDateOf(challenge: Pick<ChallengeSummary, 'windows'>): KeyDate | null {
  const submission = challenge.windows.find((window) => window.kind === 'submission');
  if (!submission) {
    return null;
  }
  if (submission.open) {
    return submission.closesAt ? { kind: 'closes', date: submission.closesAt } : { kind: 'ongoing', date: null };
  }
  if (submission.closedAt) {
    return { kind: 'closed', date: submission.closedAt };
  }
  if (submission.closesAt && Date.parse(submission.closesAt) <= Date.now()) {
    return { kind: 'closed', date: submission.closesAt };
  }
  return { kind: 'opens', date: submission.opensAt };
}
