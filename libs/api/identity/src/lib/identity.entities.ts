import { User } from './accounts/user.entity';
import { Grant } from './grants/grant.entity';
import { OneTimeLink } from './links/one-time-link.entity';
import { Invitation } from './organisations/invitation.entity';
import { Membership } from './organisations/membership.entity';
import { Organisation } from './organisations/organisation.entity';
import { Session } from './sessions/session.entity';
import { PersonalAccessToken } from './tokens/personal-access-token.entity';

export const IDENTITY_ENTITIES = [
  User,
  Session,
  PersonalAccessToken,
  OneTimeLink,
  Organisation,
  Membership,
  Invitation,
  Grant,
];
