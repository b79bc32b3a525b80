import { invalid } from '@crowdforge/api-platform';
import type { FieldError } from '@crowdforge/contracts';
import type { ChallengeRow } from './challenge.entity';
import type { ChallengeFieldsDto } from './dto/challenge-input.dto';

const CHOICE_KINDS = new Set(['single_choice', 'multiple_choice']);

/** Rules across fields that a DTO cannot state: unique keys, choices, window order, custom licence text. */
export function assertConsistentInput(input: ChallengeFieldsDto): void {
  const errors: FieldError[] = [
    ...duplicateKeys('ideaForm', input.ideaForm ?? []),
    ...duplicateKeys('eligibility', input.eligibility ?? []),
    ...(input.ideaForm ?? []).flatMap((field, index) => choiceErrors(field, index)),
    ...duplicateKeys(
      'windows',
      (input.windows ?? []).map((window) => ({ key: window.kind })),
      'kind',
    ),
    ...(input.windows ?? []).flatMap((window, index) =>
      window.closesAt !== null && window.closesAt !== undefined && new Date(window.closesAt) <= new Date(window.opensAt)
        ? [{ field: `windows.${index}.closesAt`, messages: ['closesAt must be after opensAt'] }]
        : [],
    ),
    ...(input.licence?.kind === 'custom' && input.licence.text.trim().length < 20
      ? [{ field: 'licence.text', messages: ['a custom licence needs its terms (at least 20 characters)'] }]
      : []),
  ];
  if (errors.length > 0) throw invalid(errors);
}

/** What a brief still lacks before it can be published. */
export function publicationGaps(challenge: ChallengeRow, windowCount: number): FieldError[] {
  const gaps: FieldError[] = [];
  const gap = (field: string, message: string) => gaps.push({ field, messages: [message] });
  if (challenge.brief.problem.trim().length < 20) gap('brief.problem', 'describe the problem (at least 20 characters)');
  if (challenge.criteria.length === 0) gap('criteria', 'add at least one evaluation criterion');
  if (windowCount === 0) gap('windows', 'add at least a submission window');
  if (challenge.audience === 'invite_only' && !challenge.invitedEmails.length && !challenge.invitedDomains.length) {
    gap('invitedEmails', 'invite people by email or domain');
  }
  return gaps;
}

function duplicateKeys(list: string, items: { key: string }[], property = 'key'): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.key)) {
      seen.add(item.key);
      return [];
    }
    return [{ field: `${list}.${index}.${property}`, messages: [`${property} "${item.key}" appears twice`] }];
  });
}

function choiceErrors(field: { kind: string; options: string[] }, index: number): FieldError[] {
  const path = `ideaForm.${index}.options`;
  if (CHOICE_KINDS.has(field.kind)) {
    if (field.options.length < 2) return [{ field: path, messages: ['a choice needs at least two options'] }];
    if (new Set(field.options).size !== field.options.length) {
      return [{ field: path, messages: ['options must be different from each other'] }];
    }
    return [];
  }
  return field.options.length > 0 ? [{ field: path, messages: [`a ${field.kind} field has no options`] }] : [];
}
