import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it must be valid: unlike
 * `@IsOptional()`, an explicit `null` is refused (it would clear a required column).
 */
export const MayBeOmitted = () => ValidateIf((_object, value) => value !== undefined);
