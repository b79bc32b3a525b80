import { IdeaAttachmentRow } from './attachments/idea-attachment.entity';
import { CoAuthorInvitationRow } from './authors/co-author-invitation.entity';
import { IdeaAuthorRow } from './authors/idea-author.entity';
import { IdeaVersionRow } from './history/idea-version.entity';
import { IdeaStatusChangeRow } from './history/status-change.entity';
import { CommentRow } from './comments/comment.entity';
import { HelpfulMarkRow } from './comments/helpful-mark.entity';
import { IdeaFollowerRow } from './follow/idea-follower.entity';
import { IdeaRow } from './idea.entity';
import { IdeaLinkRow } from './lineage/idea-link.entity';
import { IdeaTallyRow } from './votes/idea-tally.entity';
import { IdeaVoteRow } from './votes/idea-vote.entity';
import { IdeaComparisonRow } from './votes/pairwise/idea-comparison.entity';
import { VotingRulesRow } from './votes/voting-rules.entity';
import { VoteLedgerKeyRow } from './votes/integrity/ledger-key.entity';

export const IDEAS_ENTITIES = [
  IdeaRow,
  IdeaAuthorRow,
  CoAuthorInvitationRow,
  IdeaVersionRow,
  IdeaStatusChangeRow,
  CommentRow,
  HelpfulMarkRow,
  IdeaFollowerRow,
  IdeaLinkRow,
  IdeaVoteRow,
  IdeaTallyRow,
  VotingRulesRow,
  VoteLedgerKeyRow,
  IdeaComparisonRow,
  IdeaAttachmentRow,
];

export { CommentRow } from './comments/comment.entity';
export { CoAuthorInvitationRow, IdeaAuthorRow, IdeaRow, IdeaStatusChangeRow, IdeaVersionRow };
