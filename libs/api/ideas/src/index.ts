export * from './lib/ideas.module';
export * from './lib/ideas.entities';
export { VoteTallies } from './lib/votes/tallies/vote-tallies.service';
export { VoteMerges } from './lib/votes/merges/vote-merges';
export { IdeaModeration, type ModerationTarget } from './lib/moderation/idea-moderation.service';
export { VoteGroupCommit } from './lib/votes/casting/vote-group-commit';
export { IdeaMerging } from './lib/merges/idea-merging.service';
export { DEMO_MODERATED } from './lib/demo/demo-moderated';
