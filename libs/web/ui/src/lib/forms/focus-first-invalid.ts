/**
 * After a failed submit, moves keyboard focus to the first field that needs attention, so
 * people (and screen readers) land on the error instead of searching for it.
 */
export function focusFirstInvalid(container: HTMLElement): void {
  const field = container.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]',
  );
  field?.focus();
}
