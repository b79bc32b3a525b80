import { unsafeTextReason } from '@crowdforge/api-platform';
import type { FieldError, IdeaFieldValue, IdeaFormField } from '@crowdforge/contracts';

const MAX_TEXT = { short_text: 300, long_text: 10_000, url: 2000 } as const;

/**
 * Checks an idea's custom field values against the challenge's idea form: no unknown keys,
 * each value of its field's kind, choices from the options, and (once the idea is submitted)
 * every required field filled. A file field holds the id of the attachment uploaded into it:
 * only an upload fills it, so its value must be the one `held` already.
 */
export function ideaFieldErrors(
  form: IdeaFormField[],
  values: Record<string, IdeaFieldValue>,
  options: { requireAll: boolean; held: Record<string, IdeaFieldValue> },
): FieldError[] {
  const byKey = new Map(form.map((field) => [field.key, field]));
  const unknown = Object.keys(values)
    .filter((key) => !byKey.has(key))
    .map((key) => ({ field: `fields.${key}`, messages: ['is not a field of this challenge’s idea form'] }));
  const wrong = form.flatMap((field) => {
    const value = values[field.key];
    const problem = isEmpty(value)
      ? options.requireAll && field.required
        ? 'is required'
        : null
      : valueProblem(field, value, options.held[field.key]);
    return problem ? [{ field: `fields.${field.key}`, messages: [`${field.label} ${problem}`] }] : [];
  });
  return [...unknown, ...wrong];
}

function isEmpty(value: IdeaFieldValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function valueProblem(field: IdeaFormField, value: IdeaFieldValue, held: IdeaFieldValue | undefined): string | null {
  switch (field.kind) {
    case 'short_text':
    case 'long_text':
      if (typeof value !== 'string') return 'must be text';
      if (value.length > MAX_TEXT[field.kind]) return `must be at most ${MAX_TEXT[field.kind]} characters`;
      return unsafeTextReason(value);
    case 'url':
      return typeof value === 'string' && isWebAddress(value) && value.length <= MAX_TEXT.url
        ? null
        : 'must be an http(s) address';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'single_choice':
      return typeof value === 'string' && field.options.includes(value) ? null : 'must be one of the options';
    case 'multiple_choice':
      return Array.isArray(value) &&
        value.every((choice) => field.options.includes(choice)) &&
        new Set(value).size === value.length
        ? null
        : 'must be distinct options';
    case 'file':
      return value === held ? null : 'must be filled by uploading a file';
  }
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The values of the form's file fields in `fields`: kept through edits, since only uploads change them. */
export function fileFieldValues(
  form: IdeaFormField[],
  fields: Record<string, IdeaFieldValue>,
): Record<string, IdeaFieldValue> {
  return Object.fromEntries(
    form
      .filter((field) => field.kind === 'file' && fields[field.key] !== undefined)
      .map((field) => [field.key, fields[field.key]]),
  );
}
