import { AbstractControl, FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import type { ChallengeDetail, IdeaDetail, IdeaFieldValue, IdeaFormField, IdeaInput } from '@crowdforge/contracts';

/** `http://` or `https://` followed by a host: what the API takes for a url field. */
const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export type FieldControl = FormControl<IdeaFieldValue | null>;

/**
 * The editor's form. Its paths are those of `IdeaInput` (`fields.<key>`), so the API's field
 * errors land next to their fields; `acceptLicence` is the consent asked for when submitting.
 */
export type IdeaForm = FormGroup<{
  title: FormControl<string>;
  pitch: FormControl<string>;
  description: FormControl<string>;
  fields: FormGroup<Record<string, FieldControl>>;
  tags: FormControl<string[]>;
  anonymous: FormControl<boolean>;
  acceptLicence: FormControl<boolean>;
}>;

/** Does this person still have to accept the challenge's current licence version? */
export function needsLicence(challenge: ChallengeDetail): boolean {
  return challenge.viewer.acceptedLicenceVersion !== challenge.licence.version;
}

const text = (value: string, ...validators: ValidatorFn[]) => new FormControl(value, { nonNullable: true, validators });

function fieldControl(field: IdeaFormField, value: IdeaFieldValue | undefined): FieldControl {
  const validators: ValidatorFn[] = field.required ? [Validators.required] : [];
  switch (field.kind) {
    case 'short_text':
      validators.push(Validators.maxLength(300));
      break;
    case 'long_text':
      validators.push(Validators.maxLength(10_000));
      break;
    case 'url':
      validators.push(Validators.pattern(WEB_ADDRESS), Validators.maxLength(2000));
      break;
  }
  const empty = field.kind === 'multiple_choice' ? [] : field.kind === 'number' ? null : '';
  return new FormControl<IdeaFieldValue | null>(value ?? empty, { validators });
}

/** A form for the challenge's idea form, filled with the idea (or empty for a new one). */
export function ideaForm(challenge: ChallengeDetail, idea?: IdeaDetail | null): IdeaForm {
  const fields: Record<string, FieldControl> = {};
  // File uploads are not offered yet, so their fields get no control.
  for (const field of challenge.ideaForm.filter((f) => f.kind !== 'file')) {
    fields[field.key] = fieldControl(field, idea?.fields[field.key]);
  }
  return new FormGroup({
    title: text(idea?.title ?? '', Validators.required, Validators.minLength(3), Validators.maxLength(160)),
    pitch: text(idea?.pitch ?? '', Validators.maxLength(500)),
    description: text(idea?.description.markdown ?? '', Validators.maxLength(20_000)),
    fields: new FormGroup(fields),
    tags: new FormControl<string[]>([...(idea?.tags ?? [])], { nonNullable: true }),
    anonymous: new FormControl(idea?.anonymous ?? false, { nonNullable: true }),
    acceptLicence: new FormControl(false, {
      nonNullable: true,
      validators: needsLicence(challenge) ? Validators.requiredTrue : [],
    }),
  });
}

const isEmpty = (value: IdeaFieldValue | null) =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** What the form says, as the API takes it: texts trimmed, empty custom fields left out. */
export function ideaInputOf(form: IdeaForm): IdeaInput {
  const value = form.getRawValue();
  const fields: Record<string, IdeaFieldValue> = {};
  for (const [key, field] of Object.entries(value.fields)) {
    const trimmed = typeof field === 'string' ? field.trim() : field;
    if (!isEmpty(trimmed)) fields[key] = trimmed as IdeaFieldValue;
  }
  return {
    title: value.title.trim(),
    pitch: value.pitch.trim(),
    description: value.description,
    fields,
    tags: value.tags,
    anonymous: value.anonymous,
  };
}

/** The parts of `current` that differ from `saved`: what a PATCH sends. */
export function changesBetween(saved: IdeaInput, current: IdeaInput): Partial<IdeaInput> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(current) as (keyof IdeaInput)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(saved[key])) changes[key] = current[key];
  }
  return changes as Partial<IdeaInput>;
}

/**
 * A draft may be saved with required fields still empty (they are needed to submit); any other
 * problem, and a title that is too short, keeps it from being saved.
 */
export function isSavable(form: IdeaForm): boolean {
  const controls: AbstractControl[] = [
    ...Object.values(form.controls.fields.controls),
    form.controls.pitch,
    form.controls.description,
    form.controls.tags,
  ];
  return (
    form.controls.title.valid &&
    controls.every((control) => Object.keys(control.errors ?? {}).every((error) => error === 'required'))
  );
}
