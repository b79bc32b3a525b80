import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@crowdforge/contracts';
import { ProblemException } from './problem.exception';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The one validation pipe: unknown fields are refused, types converted, errors per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const summary = fieldErrors
        .map((error) => error.messages[0])
        .slice(0, 3)
        .join('; ');
      return new ProblemException(400, 'validation_failed', `The request is not valid: ${summary}`, fieldErrors);
    },
  });
}
