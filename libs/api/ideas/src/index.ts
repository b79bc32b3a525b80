export * from './lib/ideas.module';
export * from './lib/ideas.entities';
export { VoteTallies } from './lib/votes/tallies/vote-tallies.service';
export { VoteGroupCommit } from './lib/votes/casting/vote-group-commit';
