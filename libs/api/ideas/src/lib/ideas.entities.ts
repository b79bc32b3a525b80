import { CoAuthorInvitationRow } from './authors/co-author-invitation.entity';
import { IdeaAuthorRow } from './authors/idea-author.entity';
import { IdeaVersionRow } from './history/idea-version.entity';
import { IdeaStatusChangeRow } from './history/status-change.entity';
import { IdeaRow } from './idea.entity';

export const IDEAS_ENTITIES = [IdeaRow, IdeaAuthorRow, CoAuthorInvitationRow, IdeaVersionRow, IdeaStatusChangeRow];

export { CoAuthorInvitationRow, IdeaAuthorRow, IdeaRow, IdeaStatusChangeRow, IdeaVersionRow };
