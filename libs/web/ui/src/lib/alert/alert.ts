import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import type { IconName } from '@crowdforge/web-ui/icons';

export type AlertKind = 'error' | 'success' | 'info' | 'warning';

const ICONS: Record<AlertKind, IconName> = {
  error: 'error',
  success: 'check_circle',
  info: 'info',
  warning: 'warning',
};

/**
 * A message inside the page, e.g. above a form: errors are announced assertively
 * (`role="alert"`), the others politely (`role="status"`). Content is projected.
 */
@Component({
  selector: 'cf-alert',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'cf-alert',
    '[attr.role]': "kind() === 'error' ? 'alert' : 'status'",
    '[attr.data-kind]': 'kind()',
  },
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    <div class="body">
      @if (title()) {
        <p class="title">{{ title() }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: var(--cf-space-3);
      padding: var(--cf-space-4);
      border-radius: var(--cf-radius-m);
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container);
    }
    :host([data-kind='error']) {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    :host([data-kind='success']) {
      background: color-mix(in srgb, var(--cf-color-success) 14%, var(--mat-sys-surface));
    }
    :host([data-kind='warning']) {
      background: color-mix(in srgb, var(--cf-color-warning) 14%, var(--mat-sys-surface));
    }
    :host([data-kind='success']) .icon {
      color: var(--cf-color-success);
    }
    :host([data-kind='warning']) .icon {
      color: var(--cf-color-warning);
    }
    .icon {
      flex: none;
    }
    .body {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--cf-space-2);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .body ::ng-deep p {
      margin: 0;
    }
  `,
})
export class Alert {
  readonly kind = input<AlertKind>('info');
  /** Already-translated heading. */
  readonly title = input<string>();
  protected readonly icon = computed(() => ICONS[this.kind()]);
}
