import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/** Translation keys of the validators the forms use; `server` holds a text from the API as is. */
const MESSAGES: Record<string, (error: unknown) => [string, Record<string, unknown>?]> = {
  required: () => ['forms.required'],
  email: () => ['forms.email'],
  minlength: (error) => ['forms.minLength', { min: (error as { requiredLength: number }).requiredLength }],
  maxlength: (error) => ['forms.maxLength', { max: (error as { requiredLength: number }).requiredLength }],
  pattern: () => ['forms.pattern'],
  min: (error) => ['forms.min', { min: (error as { min: number }).min }],
  max: (error) => ['forms.max', { max: (error as { max: number }).max }],
};

/**
 * The message for a control's first error, in the active language:
 * `<mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>`.
 * An error `{ server: 'text' }` (from the API, see `applyProblemToForm`) wins and is shown as is,
 * or translated when it comes with a known `serverCode` (`forms.server.<code>`);
 * an error whose value is a translation key (`{ mismatch: 'forms.mismatch' }`) is translated.
 * Impure so it follows language switches.
 */
@Pipe({ name: 'cfFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) {
      return '';
    }
    if (typeof errors['server'] === 'string') {
      const code = errors['serverCode'];
      const key = `forms.server.${code}`;
      const known = this.transloco.getTranslation(this.transloco.getActiveLang())[key] !== undefined;
      if (typeof code === 'string' && known) {
        return this.transloco.translate(key);
      }
      return errors['server'];
    }
    const [name, value] = Object.entries(errors)[0] ?? [];
    if (!name) {
      return '';
    }
    const describe = MESSAGES[name];
    if (describe) {
      const [key, params] = describe(value);
      return this.transloco.translate(key, params);
    }
    return this.transloco.translate(typeof value === 'string' ? value : 'forms.invalid');
  }
}
