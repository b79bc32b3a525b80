import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The Crowdforge mark: a spark (an idea) taking shape on a teal tile. Decorative. */
@Component({
  selector: 'cf-brand-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <svg viewBox="0 0 32 32" width="32" height="32" focusable="false">
      <rect width="32" height="32" rx="9" fill="var(--mat-sys-primary)" />
      <path d="M16 5.5 18.7 13.3 26.5 16 18.7 18.7 16 26.5 13.3 18.7 5.5 16 13.3 13.3Z" fill="#f6a764" />
      <circle cx="24" cy="8" r="2" fill="#aaedff" />
      <circle cx="8" cy="24" r="2" fill="#aaedff" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
  `,
})
export class BrandMark {}
