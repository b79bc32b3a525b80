import type { CommentView } from '@crowdforge/contracts';

/** A comment with its replies, each with theirs. */
export interface CommentNode {
  comment: CommentView;
  replies: CommentNode[];
}

/** The flat list the API sends (oldest first) as a tree; a reply whose parent is unknown stays at the top. */
export function threadOf(comments: readonly CommentView[]): CommentNode[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] } as CommentNode]));
  const top: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    (parent ? parent.replies : top).push(node);
  }
  return top;
}

/** Replaces the comment with the same id, or adds it at the end (the newest). */
export function withComment(comments: readonly CommentView[], changed: CommentView): CommentView[] {
  const known = comments.some((comment) => comment.id === changed.id);
  return known ? comments.map((comment) => (comment.id === changed.id ? changed : comment)) : [...comments, changed];
}
