import { FlagRow } from './flags/flag.entity';
import { GuidelinesRow } from './guidelines/guidelines.entity';

export const MODERATION_ENTITIES = [FlagRow, GuidelinesRow];

export { FlagRow, GuidelinesRow };
