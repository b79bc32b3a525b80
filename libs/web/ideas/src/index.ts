export * from './lib/ideas.routes';
export { IdeaBoard } from './lib/board/idea-board';
export { VotingSettings } from './lib/votes/voting-settings';
