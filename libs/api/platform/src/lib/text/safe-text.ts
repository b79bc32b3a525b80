import { registerDecorator, type ValidationOptions } from 'class-validator';

const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/i;

/** Why a text may not be stored, or null when it is fine: Markdown only, no HTML, no script URLs. */
export function unsafeTextReason(value: string): string | null {
  if (HTML_TAG.test(value)) return 'may not contain HTML; use Markdown';
  if (SCRIPT_URL.test(value)) return 'may not contain javascript:, vbscript: or data: links';
  return null;
}

/** A string (or every string of an array) without HTML or script links; user content is Markdown. */
export function IsSafeText(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSafeText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => {
          const values = Array.isArray(value) ? value : [value];
          return values.every((item) => typeof item !== 'string' || unsafeTextReason(item) === null);
        },
        defaultMessage: (args) => {
          const values = Array.isArray(args?.value) ? args.value : [args?.value];
          const reason = values.map((item) => (typeof item === 'string' ? unsafeTextReason(item) : null)).find(Boolean);
          return `${args?.property} ${reason ?? 'is not allowed'}`;
        },
      },
    });
}
