/**
 * What the demo shows the moderators: an advertisement hidden from the tea challenge, and a rude
 * comment on the folding bottle that people flagged (the moderation lib's demo raises the flags).
 */
export const DEMO_MODERATED = {
  challenge: 'Invent a new way to make or drink tea',
  by: 'newcomer@demo.crowdforge.test',
  hiddenIdea: {
    title: 'Free tea for everyone who follows my shop',
    pitch: 'Follow my web shop and get a free tin of tea with your first order.',
    description: 'My web shop sells fifty teas. Use the code FREETEA for a free tin with every first order.',
    reason: 'Advertising for a shop: ideas here answer the challenge.',
    submittedDaysAgo: 1.5,
    hiddenDaysAgo: 1,
    hiddenBy: 'manager@demo.crowdforge.test',
  },
  flaggedComment: {
    idea: 'A folding infuser bottle for the train',
    body: 'Nobody will ever carry this. Whoever came up with it has clearly never taken a train.',
    daysAgo: 0.8,
  },
} as const;
