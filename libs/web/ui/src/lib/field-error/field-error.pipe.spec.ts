import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { FieldErrorPipe } from './field-error.pipe';

describe('FieldErrorPipe', () => {
  let pipe: FieldErrorPipe;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
    pipe = TestBed.runInInjectionContext(() => new FieldErrorPipe());
  });

  it('explains the validators in the active language', () => {
    const control = new FormControl('', [Validators.required, Validators.minLength(10)]);
    expect(pipe.transform(control.errors)).toBe('Fill this in.');

    control.setValue('short');
    expect(pipe.transform(control.errors)).toBe('Use at least 10 characters.');

    TestBed.inject(TranslocoService).setActiveLang('nl');
    expect(pipe.transform(control.errors)).toBe('Gebruik minstens 10 tekens.');
    expect(pipe.transform({ email: true })).toBe('Vul een e-mailadres in, zoals naam@voorbeeld.nl.');
  });

  it("shows the API's message as it is, before any other error", () => {
    expect(pipe.transform({ required: true, server: 'This password is too common.' })).toBe(
      'This password is too common.',
    );
  });

  it('translates known codes from the API, and shows its text for unknown ones', () => {
    expect(pipe.transform({ server: 'The address "tea" is taken.', serverCode: 'taken' })).toBe(
      'This is taken already. Choose another.',
    );
    expect(pipe.transform({ server: 'Odd.', serverCode: 'odd_code' })).toBe('Odd.');
  });

  it('translates custom errors that carry a key, and says nothing without errors', () => {
    expect(pipe.transform({ mismatch: 'forms.pattern' })).toBe('This does not have the right form.');
    expect(pipe.transform({ unknown: true })).toBe('Check this field.');
    expect(pipe.transform(null)).toBe('');
  });
});
