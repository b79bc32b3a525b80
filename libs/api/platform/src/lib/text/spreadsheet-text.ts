/** Characters that make a spreadsheet read a cell as a formula (or a command, in older ones). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text: a leading `'` before anything that would start a formula. */
export function asText(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
