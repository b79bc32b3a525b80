import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import { ApiProblem, problemFrom } from '@crowdforge/web-core';

/** The error key a control gets for a message from the API: `{ server: 'Choose a longer password.' }`. */
export const SERVER_ERROR = 'server';

/**
 * Set next to `server` when the API's message for a field is a code (`taken`, `required`)
 * rather than a sentence; the UI may translate it (`forms.server.<code>`).
 */
export const SERVER_ERROR_CODE = 'serverCode';

const CODE = /^[a-z][a-z_]*$/;

/** What a form shows above its fields after a failed request. */
export interface FormProblem {
  /** The problem the API sent, if any. */
  problem: ApiProblem | null;
  /** HTTP status (0 when the API could not be reached). */
  status: number | null;
  /** Text for people to show for the whole form, or `null` when every error sits next to a field. */
  message: string | null;
  /** Translation key to show instead, for errors without a text from the API. */
  messageKey: string | null;
  /** Paths of the controls that got a server error, in the order the API listed them. */
  fields: string[];
}

/**
 * Maps an API problem's per-field `errors` onto the form's controls: each matching control
 * gets `{ server: '<messages>' }` and is marked as touched, so it shows next to the field
 * until the value changes. `fieldAliases` renames API fields to control paths
 * (e.g. `{ newPassword: 'password' }`). Errors for fields the form does not have, and
 * problems without field errors, become the form-level message.
 */
export function applyProblemToForm(
  form: AbstractControl,
  error: unknown,
  fieldAliases: Readonly<Record<string, string>> = {},
): FormProblem {
  const problem = problemFrom(error);
  const status = error instanceof HttpErrorResponse ? error.status : null;
  const fields: string[] = [];
  const unmatched: string[] = [];

  for (const fieldError of problem?.errors ?? []) {
    const path = fieldAliases[fieldError.field] ?? fieldError.field;
    const control = form.get(path);
    const code = fieldError.messages.length === 1 && CODE.test(fieldError.messages[0]) ? fieldError.messages[0] : null;
    // A bare code says little to people: the problem's detail explains it.
    const text = code && problem?.detail ? problem.detail : fieldError.messages.join(' ');
    if (control && control !== form) {
      control.setErrors({
        ...(control.errors ?? {}),
        [SERVER_ERROR]: text,
        ...(code ? { [SERVER_ERROR_CODE]: code } : {}),
      });
      control.markAsTouched();
      fields.push(path);
    } else {
      unmatched.push(text);
    }
  }

  if (problem) {
    if (fields.length > 0 && unmatched.length === 0) {
      return { problem, status, message: null, messageKey: null, fields };
    }
    const message = (unmatched.length > 0 ? unmatched.join(' ') : problem.detail)?.trim() || null;
    return { problem, status, message, messageKey: message ? null : 'errors.generic', fields };
  }
  return {
    problem: null,
    status,
    message: null,
    messageKey: status === 0 ? 'errors.network' : 'errors.generic',
    fields,
  };
}

/** The form-level message of any failed request (no form): the API's text, else a translation key. */
export function describeError(error: unknown): Pick<FormProblem, 'message' | 'messageKey' | 'status' | 'problem'> {
  // A resource (rxResource) wraps errors that are not `Error`s, such as HttpErrorResponse, in one.
  if (error instanceof Error && !(error instanceof HttpErrorResponse) && error.cause !== undefined) {
    error = error.cause;
  }
  const problem = problemFrom(error);
  const status = error instanceof HttpErrorResponse ? error.status : null;
  if (problem?.detail) {
    return { problem, status, message: problem.detail, messageKey: null };
  }
  return { problem, status, message: null, messageKey: status === 0 ? 'errors.network' : 'errors.generic' };
}

/** The form-level part of a `FormProblem` as `{ text }` or `{ key }` (the shape `cf-form-message` shows). */
export function formMessageOf(problem: Pick<FormProblem, 'message' | 'messageKey'>): {
  text?: string;
  key?: string;
} | null {
  if (problem.message) {
    return { text: problem.message };
  }
  return problem.messageKey ? { key: problem.messageKey } : null;
}
