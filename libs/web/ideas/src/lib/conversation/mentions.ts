import type { MentionCandidate } from '@crowdforge/contracts';

/** A mention being typed: where its `@` stands and the name so far (one or two words). */
export interface MentionInProgress {
  start: number;
  prefix: string;
}

const TYPED_MENTION = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}'’.-]*(?: [\p{L}\p{N}'’.-]*)?)$/u;

/** The mention just before the caret, if the caret is in one. */
export function mentionAt(text: string, caret: number): MentionInProgress | null {
  const match = TYPED_MENTION.exec(text.slice(0, caret));
  if (!match) return null;
  const prefix = match[1];
  return { start: caret - prefix.length - 1, prefix: prefix.trimEnd() };
}

/** The text with the mention in progress replaced by `@name `, and where the caret goes after it. */
export function insertMention(
  text: string,
  caret: number,
  mention: MentionInProgress,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret).replace(/^ /, ''),
    caret: mention.start + inserted.length,
  };
}

/** The chosen people whose `@name` is still in the text: those the comment mentions. */
export function mentionedIn(text: string, chosen: readonly MentionCandidate[]): string[] {
  return [...new Set(chosen.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id))];
}
