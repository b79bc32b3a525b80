import { HttpException } from '@nestjs/common';
import type { FieldError, ProblemCode } from '@crowdforge/contracts';

/** Throw this from services for any client-facing failure with a stable code. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

/** A 400 naming each field that is wrong and why. */
export function invalid(errors: FieldError[]): ProblemException {
  const summary = errors.map((error) => `${error.field}: ${error.messages[0]}`).join('; ');
  return new ProblemException(400, 'validation_failed', `The request is not valid: ${summary}`, errors);
}
