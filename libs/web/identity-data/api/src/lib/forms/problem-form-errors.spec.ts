import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ProblemDetails } from '@crowdforge/contracts';
import { SERVER_ERROR, applyProblemToForm, describeError } from './problem-form-errors';

function problemError(problem: Partial<ProblemDetails>, status = 400): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: {
      type: 'about:blank',
      title: 'Bad Request',
      status,
      detail: 'Not valid.',
      code: 'validation_failed',
      ...problem,
    },
    headers: new HttpHeaders({ 'Content-Type': 'application/problem+json' }),
  });
}

describe('applyProblemToForm', () => {
  const form = () =>
    new FormGroup({
      email: new FormControl('ada@example.org', { nonNullable: true, validators: [Validators.required] }),
      password: new FormControl('short', { nonNullable: true }),
      profile: new FormGroup({ displayName: new FormControl('', { nonNullable: true }) }),
    });

  it("puts each field's messages on its control, touched, with nothing left for the whole form", () => {
    const group = form();

    const result = applyProblemToForm(
      group,
      problemError({
        detail: 'The request is not valid: too short',
        errors: [
          { field: 'password', messages: ['Use at least 10 characters.', 'This password is too common.'] },
          { field: 'profile.displayName', messages: ['displayName must not be empty'] },
        ],
      }),
    );

    expect(group.controls.password.getError(SERVER_ERROR)).toBe(
      'Use at least 10 characters. This password is too common.',
    );
    expect(group.controls.password.touched).toBe(true);
    expect(group.get('profile.displayName')?.getError(SERVER_ERROR)).toBe('displayName must not be empty');
    expect(group.controls.email.errors).toBeNull();
    expect(result).toMatchObject({
      message: null,
      messageKey: null,
      fields: ['password', 'profile.displayName'],
      status: 400,
    });
  });

  it('clears the server error once the person edits the field', () => {
    const group = form();
    applyProblemToForm(group, problemError({ errors: [{ field: 'password', messages: ['Too common.'] }] }));

    group.controls.password.setValue('a much better passphrase');

    expect(group.controls.password.errors).toBeNull();
  });

  it('renames API fields to control names', () => {
    const group = form();

    applyProblemToForm(group, problemError({ errors: [{ field: 'newPassword', messages: ['Too common.'] }] }), {
      newPassword: 'password',
    });

    expect(group.controls.password.getError(SERVER_ERROR)).toBe('Too common.');
  });

  it('shows errors of fields the form does not have for the whole form', () => {
    const result = applyProblemToForm(
      form(),
      problemError({ errors: [{ field: 'token', messages: ['token must be longer than or equal to 10 characters'] }] }),
    );

    expect(result.message).toBe('token must be longer than or equal to 10 characters');
    expect(result.fields).toEqual([]);
  });

  it('shows a problem without field errors by its detail', () => {
    const result = applyProblemToForm(
      form(),
      problemError({ status: 403, code: 'forbidden', detail: 'Confirm your email address first.' }, 403),
    );

    expect(result).toMatchObject({ message: 'Confirm your email address first.', messageKey: null, status: 403 });
    expect(result.problem?.code).toBe('forbidden');
  });

  it('falls back to translated messages when there is no problem', () => {
    expect(applyProblemToForm(form(), new HttpErrorResponse({ status: 0 })).messageKey).toBe('errors.network');
    expect(applyProblemToForm(form(), new HttpErrorResponse({ status: 502, error: '<html>' })).messageKey).toBe(
      'errors.generic',
    );
    expect(applyProblemToForm(form(), new Error('boom')).messageKey).toBe('errors.generic');
  });
});

describe('describeError', () => {
  it("uses the problem's detail, else a translation key", () => {
    expect(describeError(problemError({ detail: 'No such organisation.' }, 404))).toMatchObject({
      message: 'No such organisation.',
      status: 404,
    });
    expect(describeError(new HttpErrorResponse({ status: 0 })).messageKey).toBe('errors.network');
  });
});

describe('applyProblemToForm with message codes', () => {
  it("explains a bare code with the problem's detail and keeps the code for translation", () => {
    const form = new FormGroup({ slug: new FormControl('tea', { nonNullable: true }) });

    applyProblemToForm(
      form,
      problemError(
        {
          status: 409,
          code: 'conflict',
          detail: 'The address "tea" is taken.',
          errors: [{ field: 'slug', messages: ['taken'] }],
        },
        409,
      ),
    );

    expect(form.controls.slug.errors).toEqual({ server: 'The address "tea" is taken.', serverCode: 'taken' });
  });
});
