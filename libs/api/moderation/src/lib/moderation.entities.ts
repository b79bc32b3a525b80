import { FlagRow } from './flags/flag.entity';
import { GuidelinesRow } from './guidelines/guidelines.entity';
import { MergeProposalRow } from './merges/merge-proposal.entity';

export const MODERATION_ENTITIES = [FlagRow, GuidelinesRow, MergeProposalRow];

export { FlagRow, GuidelinesRow };
