/** For `@Transform(trimmed)`: a string without surrounding white space; anything else as it came. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
