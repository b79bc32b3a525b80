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
