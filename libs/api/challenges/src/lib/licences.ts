import type { LicenceKind } from '@crowdforge/contracts';

/** What each standard licence means for a participant's idea, shown above any notes the organiser adds. */
export const STANDARD_LICENCE_TERMS: Record<Exclude<LicenceKind, 'custom'>, string> = {
  cc_by_4:
    'Your idea is published under Creative Commons Attribution 4.0 (CC BY 4.0): anyone may use, share and adapt it, also commercially, as long as they credit you. https://creativecommons.org/licenses/by/4.0/',
  cc_by_sa_4:
    'Your idea is published under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0): anyone may use, share and adapt it with credit to you, and must share adaptations under the same licence. https://creativecommons.org/licenses/by-sa/4.0/',
  assignment:
    'You assign the intellectual property rights in your idea to the organisation running this challenge. You keep the right to be named as its author.',
};
