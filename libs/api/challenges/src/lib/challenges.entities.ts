import { ChallengeRow } from './challenge.entity';
import { AmendmentRow } from './conversation/amendment.entity';
import { AnnouncementRow } from './conversation/announcement.entity';
import { QuestionRow } from './conversation/question.entity';
import { FollowerRow } from './follow/follower.entity';
import { LicenceConsentRow } from './participation/licence-consent.entity';
import { ParticipantRow } from './participation/participant.entity';
import { SuspensionRow } from './suspensions/suspension.entity';
import { RevisionRow } from './revisions/revision.entity';
import { PhaseWindowRow } from './windows/phase-window.entity';

export const CHALLENGES_ENTITIES = [
  ChallengeRow,
  PhaseWindowRow,
  ParticipantRow,
  LicenceConsentRow,
  RevisionRow,
  QuestionRow,
  AmendmentRow,
  AnnouncementRow,
  FollowerRow,
  SuspensionRow,
];

export { ChallengeRow, LicenceConsentRow, ParticipantRow, SuspensionRow };
