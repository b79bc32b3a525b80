import { FormArray, FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import {
  BRIEF_SECTIONS,
  PHASE_KINDS,
  type BriefSection,
  type ChallengeAudience,
  type ChallengeDetail,
  type ChallengeInput,
  type ChallengeContact,
  type EligibilityKind,
  type EligibilityQuestion,
  type EvaluationCriterion,
  type IdeaFieldKind,
  type IdeaFormField,
  type IdeaVisibility,
  type Language,
  type LicenceKind,
  type PhaseKind,
  type PhaseWindowInput,
} from '@crowdforge/contracts';
import { HEX_COLOUR_PATTERN, HTTPS_URL_PATTERN } from '@crowdforge/web-ui';
import { fromLocalInput, toLocalInput } from './local-date-time';
import { afterOpening, enableWhen, optionsForChoice, positive, requiredWith, revalidateOn } from './validators';

/** Lower-case letters, digits, dashes and underscores: keys of questions and idea fields. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

type Text = FormControl<string>;

const text = (value = '', ...validators: ValidatorFn[]): Text =>
  new FormControl(value, { nonNullable: true, validators });
const choice = <T>(value: T): FormControl<T> => new FormControl(value, { nonNullable: true });
const list = (value: readonly string[] = [], ...validators: ValidatorFn[]): FormControl<string[]> =>
  new FormControl([...value], { nonNullable: true, validators });

export type CriterionForm = FormGroup<{ name: Text; guidance: Text; weight: FormControl<number | null> }>;
export type ContactForm = FormGroup<{ name: Text; role: Text; email: Text }>;
export type QuestionForm = FormGroup<{
  key: Text;
  kind: FormControl<EligibilityKind>;
  prompt: Text;
  required: FormControl<boolean>;
}>;
export type IdeaFieldForm = FormGroup<{
  key: Text;
  kind: FormControl<IdeaFieldKind>;
  label: Text;
  help: Text;
  required: FormControl<boolean>;
  options: FormControl<string[]>;
}>;
export type WindowForm = FormGroup<{ enabled: FormControl<boolean>; opensAt: Text; closesAt: Text }>;

/** The editor's form. Its paths are those of `ChallengeInput`, so the API's field errors land on the right control. */
export type BriefForm = FormGroup<{
  title: Text;
  tagline: Text;
  language: FormControl<Language>;
  themes: FormControl<string[]>;
  brief: FormGroup<Record<BriefSection, Text>>;
  objectiveTarget: Text;
  criteria: FormArray<CriterionForm>;
  licence: FormGroup<{ kind: FormControl<LicenceKind>; text: Text }>;
  sponsor: FormGroup<{ name: Text; title: Text }>;
  contacts: FormArray<ContactForm>;
  onBehalfOf: FormGroup<{ name: Text; logoUrl: Text; brandColour: Text }>;
  audience: FormControl<ChallengeAudience>;
  invitedEmails: FormControl<string[]>;
  invitedDomains: FormControl<string[]>;
  ideaVisibility: FormControl<IdeaVisibility>;
  allowAnonymous: FormControl<boolean>;
  eligibility: FormArray<QuestionForm>;
  ideaForm: FormArray<IdeaFieldForm>;
  windows: FormGroup<Record<PhaseKind, WindowForm>>;
}>;

export function criterionForm(criterion?: EvaluationCriterion): CriterionForm {
  return new FormGroup({
    name: text(criterion?.name, Validators.required, Validators.maxLength(120)),
    guidance: text(criterion?.guidance, Validators.maxLength(1000)),
    weight: new FormControl<number | null>(criterion?.weight ?? 1, [Validators.required, positive]),
  });
}

export function contactForm(contact?: ChallengeContact): ContactForm {
  return new FormGroup({
    name: text(contact?.name, Validators.required, Validators.maxLength(120)),
    role: text(contact?.role, Validators.maxLength(120)),
    email: text(contact?.email ?? '', Validators.email),
  });
}

export function questionForm(question: Partial<EligibilityQuestion> = {}): QuestionForm {
  return new FormGroup({
    key: text(question.key, Validators.required, Validators.pattern(KEY_PATTERN), Validators.maxLength(40)),
    kind: choice<EligibilityKind>(question.kind ?? 'confirm'),
    prompt: text(question.prompt, Validators.required, Validators.maxLength(300)),
    required: choice(question.required ?? true),
  });
}

export function ideaFieldForm(field: Partial<IdeaFormField> = {}): IdeaFieldForm {
  const form: IdeaFieldForm = new FormGroup({
    key: text(field.key, Validators.required, Validators.pattern(KEY_PATTERN), Validators.maxLength(40)),
    kind: choice<IdeaFieldKind>(field.kind ?? 'short_text'),
    label: text(field.label, Validators.required, Validators.maxLength(120)),
    help: text(field.help, Validators.maxLength(300)),
    required: choice(field.required ?? false),
    options: list(field.options, optionsForChoice),
  });
  revalidateOn(form.controls.kind, form.controls.options);
  return form;
}

function windowForm(window?: PhaseWindowInput): WindowForm {
  const form: WindowForm = new FormGroup({
    enabled: choice(window !== undefined),
    opensAt: text(toLocalInput(window?.opensAt), Validators.required),
    closesAt: text(toLocalInput(window?.closesAt), afterOpening),
  });
  enableWhen(form.controls.enabled, (enabled) => enabled, form.controls.opensAt, form.controls.closesAt);
  revalidateOn(form.controls.opensAt, form.controls.closesAt);
  return form;
}

/** A blank brief, or the given challenge's, ready to edit. */
export function briefForm(challenge?: ChallengeDetail): BriefForm {
  const sections = {} as Record<BriefSection, Text>;
  for (const section of BRIEF_SECTIONS) {
    sections[section] = text(challenge?.brief[section].markdown, Validators.maxLength(20000));
  }
  const windows = {} as Record<PhaseKind, WindowForm>;
  for (const kind of PHASE_KINDS) {
    windows[kind] = windowForm(challenge?.windows.find((window) => window.kind === kind));
  }
  const sponsor = new FormGroup({
    name: text(challenge?.sponsor?.name, requiredWith('title'), Validators.maxLength(120)),
    title: text(challenge?.sponsor?.title, Validators.maxLength(120)),
  });
  revalidateOn(sponsor.controls.title, sponsor.controls.name);
  const client = challenge?.onBehalfOf;
  const onBehalfOf = new FormGroup({
    name: text(client?.name, requiredWith('logoUrl', 'brandColour'), Validators.maxLength(120)),
    logoUrl: text(client?.logoUrl ?? '', Validators.pattern(HTTPS_URL_PATTERN)),
    brandColour: text(client?.brandColour ?? '', Validators.pattern(HEX_COLOUR_PATTERN)),
  });
  revalidateOn(onBehalfOf.controls.logoUrl, onBehalfOf.controls.name);
  revalidateOn(onBehalfOf.controls.brandColour, onBehalfOf.controls.name);
  const licence = new FormGroup({
    kind: choice<LicenceKind>(challenge?.licence.kind ?? 'cc_by_4'),
    text: text(challenge?.licence.kind === 'custom' ? challenge.licence.text : '', Validators.required),
  });
  // Only custom terms are written here; the others are standard texts the platform holds.
  enableWhen(licence.controls.kind, (kind) => kind === 'custom', licence.controls.text);

  return new FormGroup({
    title: text(challenge?.title, Validators.required, Validators.maxLength(200)),
    tagline: text(challenge?.tagline, Validators.maxLength(300)),
    language: choice<Language>(challenge?.language ?? 'en'),
    themes: list(challenge?.themes),
    brief: new FormGroup(sections),
    objectiveTarget: text(challenge?.objectiveTarget, Validators.maxLength(300)),
    criteria: new FormArray((challenge?.criteria ?? []).map(criterionForm)),
    licence,
    sponsor,
    contacts: new FormArray((challenge?.contacts ?? []).map(contactForm)),
    onBehalfOf,
    audience: choice<ChallengeAudience>(challenge?.audience ?? 'public'),
    invitedEmails: list(challenge?.organiser?.invitedEmails),
    invitedDomains: list(challenge?.organiser?.invitedDomains),
    ideaVisibility: choice<IdeaVisibility>(challenge?.ideaVisibility ?? 'audience'),
    allowAnonymous: choice(challenge?.allowAnonymous ?? false),
    eligibility: new FormArray((challenge?.eligibility ?? []).map(questionForm)),
    ideaForm: new FormArray((challenge?.ideaForm ?? []).map(ideaFieldForm)),
    windows: new FormGroup(windows),
  });
}

const orNull = (value: string): string | null => value.trim() || null;

/** The request body for what the form holds: trimmed, empty optional parts as `null`, enabled windows only. */
export function challengeInputOf(form: BriefForm): ChallengeInput {
  const value = form.getRawValue();
  const inviteOnly = value.audience === 'invite_only';
  const brief = {} as Record<BriefSection, string>;
  for (const section of BRIEF_SECTIONS) {
    brief[section] = value.brief[section].trim();
  }
  return {
    title: value.title.trim(),
    tagline: value.tagline.trim(),
    language: value.language,
    brief,
    objectiveTarget: value.objectiveTarget.trim(),
    criteria: value.criteria.map((criterion) => ({
      name: criterion.name.trim(),
      guidance: criterion.guidance.trim(),
      weight: criterion.weight ?? 0,
    })),
    licence: { kind: value.licence.kind, text: value.licence.kind === 'custom' ? value.licence.text.trim() : '' },
    sponsor: value.sponsor.name.trim() ? { name: value.sponsor.name.trim(), title: value.sponsor.title.trim() } : null,
    contacts: value.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: contact.role.trim(),
      email: orNull(contact.email),
    })),
    themes: value.themes,
    onBehalfOf: value.onBehalfOf.name.trim()
      ? {
          name: value.onBehalfOf.name.trim(),
          logoUrl: orNull(value.onBehalfOf.logoUrl),
          brandColour: orNull(value.onBehalfOf.brandColour)?.toLowerCase() ?? null,
        }
      : null,
    audience: value.audience,
    invitedEmails: inviteOnly ? value.invitedEmails : [],
    invitedDomains: inviteOnly ? value.invitedDomains : [],
    ideaVisibility: value.ideaVisibility,
    allowAnonymous: value.allowAnonymous,
    eligibility: value.eligibility.map((question) => ({ ...question, prompt: question.prompt.trim() })),
    ideaForm: value.ideaForm.map((field) => ({
      ...field,
      label: field.label.trim(),
      help: field.help.trim(),
      options: field.kind === 'single_choice' || field.kind === 'multiple_choice' ? field.options : [],
    })),
    windows: PHASE_KINDS.filter((kind) => value.windows[kind].enabled).map((kind) => ({
      kind,
      opensAt: fromLocalInput(value.windows[kind].opensAt) ?? '',
      closesAt: fromLocalInput(value.windows[kind].closesAt),
    })),
  };
}

/**
 * The API names windows by their place in the list it got (`windows.1.closesAt`), the form by
 * kind (`windows.voting.closesAt`); errors about a whole window go to its opening date.
 */
export function windowFieldAliases(windows: readonly PhaseWindowInput[]): Record<string, string> {
  const aliases: Record<string, string> = {};
  windows.forEach((window, index) => {
    const at = `windows.${index}`;
    const to = `windows.${window.kind}`;
    Object.assign(aliases, {
      [at]: `${to}.opensAt`,
      [`${at}.kind`]: `${to}.opensAt`,
      [`${at}.opensAt`]: `${to}.opensAt`,
      [`${at}.closesAt`]: `${to}.closesAt`,
    });
  });
  return aliases;
}
