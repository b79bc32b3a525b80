import type { Language, OrganisationRole } from '@crowdforge/contracts';

/** How a role reads in an email, in the recipient's language. */
export const ROLE_LABELS: Record<Language, Record<OrganisationRole, string>> = {
  en: {
    owner: 'owner',
    admin: 'administrator',
    manager: 'innovation manager',
    reviewer: 'reviewer',
    moderator: 'moderator',
    member: 'member',
  },
  nl: {
    owner: 'eigenaar',
    admin: 'beheerder',
    manager: 'innovatiemanager',
    reviewer: 'beoordelaar',
    moderator: 'moderator',
    member: 'lid',
  },
};
