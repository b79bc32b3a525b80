import type { IdeaFormField } from '@crowdforge/contracts';
import { fileFieldValues, ideaFieldErrors } from './idea-form-rules';

const field = (key: string, kind: IdeaFormField['kind'], extra: Partial<IdeaFormField> = {}): IdeaFormField => ({
  key,
  kind,
  label: key,
  help: '',
  required: false,
  options: [],
  ...extra,
});

const FORM = [
  field('where', 'short_text', { required: true }),
  field('story', 'long_text'),
  field('budget', 'number'),
  field('site', 'url'),
  field('stage', 'single_choice', { options: ['idea', 'pilot'] }),
  field('audiences', 'multiple_choice', { options: ['kids', 'adults'] }),
  field('plan', 'file'),
];

const UPLOADED_PLAN = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

const fields = (values: Record<string, unknown>, requireAll = false) =>
  ideaFieldErrors(FORM, values as never, { requireAll, held: { plan: UPLOADED_PLAN } }).map(
    (error) => `${error.field}: ${error.messages[0]}`,
  );

describe('ideaFieldErrors', () => {
  it('accepts values of each kind, and a draft with required fields still empty', () => {
    expect(
      fields({
        story: 'Long',
        budget: 1200.5,
        site: 'https://example.org/plan',
        stage: 'pilot',
        audiences: ['kids', 'adults'],
        plan: UPLOADED_PLAN,
      }),
    ).toEqual([]);
  });

  it('asks for required fields once the idea is submitted', () => {
    expect(fields({}, true)).toEqual(['fields.where: where is required']);
    expect(fields({ where: '' }, true)).toEqual(['fields.where: where is required']);
    expect(fields({ where: 'Utrecht' }, true)).toEqual([]);
  });

  it('names unknown keys and values of the wrong kind', () => {
    expect(
      fields({
        colour: 'red',
        where: 42,
        budget: 'a lot',
        site: 'javascript:alert(1)',
        stage: 'finished',
        audiences: ['kids', 'kids'],
        plan: '../../etc/passwd',
      }),
    ).toEqual([
      'fields.colour: is not a field of this challenge’s idea form',
      'fields.where: where must be text',
      'fields.budget: budget must be a number',
      'fields.site: site must be an http(s) address',
      'fields.stage: stage must be one of the options',
      'fields.audiences: audiences must be distinct options',
      'fields.plan: plan must be filled by uploading a file',
    ]);
  });

  it('takes a file field only as the upload left it', () => {
    expect(fields({ plan: '2c5f39cb-3fb2-42e3-994f-1127e4ddb538' })).toEqual([
      'fields.plan: plan must be filled by uploading a file',
    ]);
    expect(fileFieldValues(FORM, { where: 'Utrecht', plan: UPLOADED_PLAN })).toEqual({ plan: UPLOADED_PLAN });
  });

  it('refuses HTML in text and text longer than its kind allows', () => {
    expect(fields({ where: '<img src=x onerror=alert(1)>' })).toEqual([
      'fields.where: where may not contain HTML; use Markdown',
    ]);
    expect(fields({ where: 'x'.repeat(301) })).toEqual(['fields.where: where must be at most 300 characters']);
    expect(fields({ budget: Number.NaN })).toEqual(['fields.budget: budget must be a number']);
  });
});
