import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsString, Length } from 'class-validator';
import { IsSafeText } from './safe-text';

const MAX_TAGS = 10;

/** Tags and themes: trimmed, lower-case and distinct, at most ten of 1–40 characters, no HTML. */
export function IsTagList(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? [...new Set(value.map((tag) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)))]
        : value,
    ),
    ArrayMaxSize(MAX_TAGS),
    IsString({ each: true }),
    Length(1, 40, { each: true }),
    IsSafeText(),
  );
}
