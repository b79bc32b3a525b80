import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'cf-app-footer',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="footer" data-testid="footer">
      <div class="cf-container inner">
        <div class="about">
          <p class="tagline"><strong>Crowdforge</strong> · {{ 'footer.tagline' | transloco }}</p>
          <p class="text">{{ 'footer.about' | transloco }}</p>
        </div>
        <nav class="links" [attr.aria-label]="'footer.linksLabel' | transloco">
          <ul>
            <li>
              <a href="/api/docs" data-testid="footer-api-link">{{ 'footer.apiDocs' | transloco }}</a>
            </li>
          </ul>
        </nav>
        <p class="copyright">{{ 'footer.copyright' | transloco: { year } }}</p>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      margin-block-start: auto;
      padding-block: var(--cf-space-8);
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
    }
    .inner {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: var(--cf-space-4) var(--cf-space-8);
    }
    p {
      margin: 0;
    }
    .tagline {
      margin-block-end: var(--cf-space-2);
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .text {
      max-inline-size: 60ch;
      font: var(--mat-sys-body-medium);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      font: var(--mat-sys-label-large);
    }
    .copyright {
      grid-column: 1 / -1;
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 40rem) {
      .inner {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class AppFooter {
  protected readonly year = new Date().getFullYear();
}
