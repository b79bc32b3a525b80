import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { fromLocalInput } from './local-date-time';

/** Error values are translation keys, which `cfFieldError` translates. */
export const ERROR_KEYS = {
  positive: 'challenges.editor.errors.positive',
  closesBeforeOpens: 'challenges.editor.errors.closesBeforeOpens',
  options: 'challenges.editor.errors.options',
} as const;

/** A number above zero (weights). */
export const positive: ValidatorFn = (control) =>
  typeof control.value === 'number' && !(control.value > 0) ? { positive: ERROR_KEYS.positive } : null;

const sibling = (control: AbstractControl, name: string): unknown => control.parent?.get(name)?.value;

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : Boolean(value);

/** Required as soon as one of the named siblings is filled in (e.g. a sponsor's name once their title is). */
export function requiredWith(...siblings: string[]): ValidatorFn {
  return (control) =>
    !filled(control.value) && siblings.some((name) => filled(sibling(control, name))) ? { required: true } : null;
}

/** A `datetime-local` value later than the sibling `opensAt` (when both are set). */
export const afterOpening: ValidatorFn = (control): ValidationErrors | null => {
  const closes = fromLocalInput(String(control.value ?? ''));
  const opens = fromLocalInput(String(sibling(control, 'opensAt') ?? ''));
  return closes && opens && Date.parse(closes) <= Date.parse(opens)
    ? { closesBeforeOpens: ERROR_KEYS.closesBeforeOpens }
    : null;
};

/** Choice fields need at least two options to choose from. */
export const optionsForChoice: ValidatorFn = (control) => {
  const kind = sibling(control, 'kind');
  const choice = kind === 'single_choice' || kind === 'multiple_choice';
  return choice && (control.value as string[]).length < 2 ? { options: ERROR_KEYS.options } : null;
};

/**
 * Re-runs the validators of `targets` whenever `source` changes, for validators that read a sibling.
 * The subscription needs no teardown: source and targets belong to the same form and go with it.
 */
export function revalidateOn(source: AbstractControl, ...targets: AbstractControl[]): void {
  source.valueChanges.subscribe(() => targets.forEach((target) => target.updateValueAndValidity({ emitEvent: false })));
}

/** Enables `targets` only while `when` holds for `source`'s value; disabled controls are not validated. */
export function enableWhen<T>(
  source: AbstractControl<T>,
  when: (value: T) => boolean,
  ...targets: AbstractControl[]
): void {
  const apply = (value: T) =>
    targets.forEach((target) =>
      when(value) ? target.enable({ emitEvent: false }) : target.disable({ emitEvent: false }),
    );
  apply(source.value);
  source.valueChanges.subscribe(apply);
}
