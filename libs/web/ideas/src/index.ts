export * from './lib/ideas.routes';
export { IdeaBoard } from './lib/board/idea-board';
export { VotingSettings } from './lib/votes/voting-settings';
export { VoteIntegrityPanel } from './lib/votes/vote-integrity-panel';
export { ModerationButtons, type ModerationTarget } from './lib/moderation/moderation-buttons';
