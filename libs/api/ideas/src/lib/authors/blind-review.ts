/**
 * Whether the person `userId` reviews the idea `ideaId` in a blind round that has opened (ADR 22),
 * as SQL over those two expressions. The rounds belong to the review library, which builds on this
 * one: their tables are read here, never their code.
 */
export const blindReviewerSql = (ideaId: string, userId: string) =>
  `EXISTS (SELECT 1 FROM reviews br JOIN review_rounds bro ON bro.id = br.round_id
    WHERE br.idea_id = ${ideaId} AND br.reviewer_id = ${userId} AND br.state <> 'conflict'
      AND bro.blind AND bro.state <> 'setup')`;
