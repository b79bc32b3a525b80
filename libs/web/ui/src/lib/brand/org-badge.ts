import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { DEFAULT_BRAND_COLOUR, initialOf, isHexColour, readableOn } from './brand';

/**
 * An organisation's logo, or its initial on its brand colour when there is no logo (or it
 * cannot be loaded). Decorative: the name is always written next to it.
 */
@Component({
  selector: 'cf-org-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[style.--cf-badge-size]': 'size()' },
  template: `
    @if (logoUrl() && !broken()) {
      <img class="logo" [src]="logoUrl()" alt="" (error)="broken.set(true)" />
    } @else {
      <span class="initial" [style.background]="colour()" [style.color]="textColour()">{{ initial() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      inline-size: var(--cf-badge-size);
      block-size: var(--cf-badge-size);
    }
    .logo,
    .initial {
      inline-size: 100%;
      block-size: 100%;
      border-radius: var(--cf-radius-m);
    }
    .logo {
      object-fit: contain;
      background: var(--mat-sys-surface-container-lowest);
    }
    .initial {
      display: grid;
      place-items: center;
      font: 700 calc(var(--cf-badge-size) * 0.45) / 1 var(--mat-sys-title-large-font);
    }
  `,
})
export class OrgBadge {
  readonly name = input.required<string>();
  readonly brandColour = input<string | null>(null);
  readonly logoUrl = input<string | null>(null);
  /** CSS length, e.g. `3rem`. */
  readonly size = input('3rem');

  protected readonly broken = signal(false);
  protected readonly colour = computed(() => {
    const colour = this.brandColour();
    return isHexColour(colour) ? colour : DEFAULT_BRAND_COLOUR;
  });
  protected readonly textColour = computed(() => readableOn(this.colour()));
  protected readonly initial = computed(() => initialOf(this.name()));
}
