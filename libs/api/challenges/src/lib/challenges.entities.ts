import { ChallengeRow } from './challenge.entity';
import { LicenceConsentRow } from './participation/licence-consent.entity';
import { ParticipantRow } from './participation/participant.entity';
import { RevisionRow } from './revisions/revision.entity';
import { PhaseWindowRow } from './windows/phase-window.entity';

export const CHALLENGES_ENTITIES = [ChallengeRow, PhaseWindowRow, ParticipantRow, LicenceConsentRow, RevisionRow];
