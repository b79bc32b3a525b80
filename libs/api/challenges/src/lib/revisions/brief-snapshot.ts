import type {
  BriefSection,
  ChallengeContact,
  EvaluationCriterion,
  IdeaFormField,
  Licence,
  Sponsor,
} from '@crowdforge/contracts';
import type { ChallengeRow } from '../challenge.entity';

/** The parts of a published brief that participants rely on; each revision keeps a copy. */
export interface BriefSnapshot {
  title: string;
  tagline: string;
  brief: Record<BriefSection, string>;
  objectiveTarget: string;
  criteria: EvaluationCriterion[];
  licence: Licence;
  sponsor: Sponsor | null;
  contacts: ChallengeContact[];
  themes: string[];
  ideaForm: IdeaFormField[];
}

export function snapshotOf(challenge: ChallengeRow): BriefSnapshot {
  return {
    title: challenge.title,
    tagline: challenge.tagline,
    brief: challenge.brief,
    objectiveTarget: challenge.objectiveTarget,
    criteria: challenge.criteria,
    licence: { kind: challenge.licenceKind, text: challenge.licenceText, version: challenge.licenceVersion },
    sponsor: challenge.sponsor,
    contacts: challenge.contacts,
    themes: challenge.themes,
    ideaForm: challenge.ideaForm,
  };
}
