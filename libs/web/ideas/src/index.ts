export * from './lib/ideas.routes';
export { IdeaBoard } from './lib/board/idea-board';
