import type { ChallengeTemplate } from '@crowdforge/contracts';

const CRITERIA = {
  impact: { name: 'Impact', guidance: 'How much does it move the objective?', weight: 3 },
  feasibility: { name: 'Feasibility', guidance: 'Can we do it with the people and means we have?', weight: 2 },
  originality: { name: 'Originality', guidance: 'Is it new for us?', weight: 1 },
};

/** Starting points for a good brief: each names what to write, sensible criteria, audience and licence. */
export const CHALLENGE_TEMPLATES: ChallengeTemplate[] = [
  {
    key: 'product_ideas',
    name: { en: 'Product ideas from customers', nl: 'Productideeën van klanten' },
    description: {
      en: 'A public challenge: customers and fans invent, vote and build on each other’s ideas. CC BY licence.',
      nl: 'Een openbare uitdaging: klanten en fans bedenken, stemmen en bouwen voort op elkaars ideeën. CC BY-licentie.',
    },
    input: {
      audience: 'public',
      ideaVisibility: 'audience',
      licence: { kind: 'cc_by_4', text: '' },
      criteria: [CRITERIA.impact, CRITERIA.feasibility, CRITERIA.originality],
      brief: {
        problem: 'What do your customers struggle with? Describe the real problem in their words.',
        background: 'What do you know already, and what did you try before?',
        objectives: 'What should the ideas achieve?',
        constraints: 'What must every idea respect (budget, materials, rules)?',
        rewards: 'How do you thank and credit the authors of the ideas you pick?',
      },
      eligibility: [{ key: 'adult', kind: 'confirm', prompt: 'I am 16 or older', required: true }],
    },
  },
  {
    key: 'internal_strategy',
    name: { en: 'Co-writing strategy with staff', nl: 'Strategie schrijven met medewerkers' },
    description: {
      en: 'An internal challenge for everyone in the organisation; propositions revised after questions; ideas assigned to the organisation.',
      nl: 'Een interne uitdaging voor iedereen in de organisatie; stellingen herzien na vragen; ideeën komen toe aan de organisatie.',
    },
    input: {
      audience: 'internal',
      ideaVisibility: 'audience',
      licence: { kind: 'assignment', text: '' },
      criteria: [CRITERIA.impact, CRITERIA.feasibility],
      brief: {
        problem: 'Which strategic question do you want your colleagues to answer?',
        background: 'Where do we stand, and what have we decided already?',
        objectives: 'What will the strategy be used for, and by when?',
        constraints: 'What is settled and not up for discussion?',
        rewards: 'How will contributions be recognised?',
      },
    },
  },
  {
    key: 'neighbourhood',
    name: { en: 'Neighbourhood ideas from residents', nl: 'Buurtideeën van bewoners' },
    description: {
      en: 'A public challenge for residents, in Dutch by default; ideas with enough support go to the municipality.',
      nl: 'Een openbare uitdaging voor bewoners; ideeën met genoeg steun gaan naar de gemeente.',
    },
    input: {
      language: 'nl',
      audience: 'public',
      ideaVisibility: 'audience',
      licence: { kind: 'cc_by_4', text: '' },
      criteria: [CRITERIA.impact, CRITERIA.feasibility],
      brief: {
        problem: 'Wat wil je verbeteren in de buurt?',
        background: 'Wat is er al gedaan?',
        objectives: 'Wat moet er over een jaar anders zijn?',
        constraints: 'Budget en regels waar elk idee aan moet voldoen.',
        rewards: 'Wat gebeurt er met de ideeën met de meeste steun?',
      },
      eligibility: [{ key: 'resident', kind: 'text', prompt: 'In welke buurt woon je?', required: true }],
    },
  },
];
