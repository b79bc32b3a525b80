import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import type { OrganisationView } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { OrganisationsApi, describeError } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadingState, OrgBadge, PageHeader, ToastService } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateOrganisationDialog } from './create-organisation-dialog';

/** The organisations I belong to, and "Create organisation". */
@Component({
  selector: 'cf-organisations-page',
  imports: [EmptyState, ErrorState, LoadingState, MatButton, MatIcon, OrgBadge, PageHeader, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      <cf-page-header [title]="'organisations.title' | transloco" [lead]="'organisations.lead' | transloco">
        <button mat-flat-button type="button" (click)="create()" data-testid="create-organisation">
          <mat-icon svgIcon="add" aria-hidden="true" />
          {{ 'organisations.create.open' | transloco }}
        </button>
      </cf-page-header>

      @if (organisations.error()) {
        <cf-error-state [message]="errorText()" (retry)="organisations.reload()" />
      } @else if (organisations.hasValue()) {
        @if (organisations.value().length === 0) {
          <cf-empty-state
            icon="corporate_fare"
            [headingLevel]="2"
            [title]="'organisations.emptyTitle' | transloco"
            [message]="'organisations.emptyMessage' | transloco"
          >
            <button mat-stroked-button type="button" (click)="create()">
              <mat-icon svgIcon="add" aria-hidden="true" />
              {{ 'organisations.create.open' | transloco }}
            </button>
          </cf-empty-state>
        } @else {
          <ul class="grid" data-testid="organisation-list">
            @for (organisation of organisations.value(); track organisation.id) {
              <li class="card" [style.--cf-brand]="organisation.brandColour" data-testid="organisation-card">
                <cf-org-badge
                  [name]="organisation.name"
                  [brandColour]="organisation.brandColour"
                  [logoUrl]="organisation.logoUrl"
                />
                <div class="text">
                  <h2 class="name">
                    <a class="stretched" [routerLink]="['/organisations', organisation.id]">{{ organisation.name }}</a>
                  </h2>
                  <p class="meta">
                    {{ organisation.slug }}
                    @if (roleOf(organisation); as role) {
                      · {{ 'roles.' + role | transloco }}
                    }
                  </p>
                </div>
                <mat-icon class="chevron" svgIcon="chevron_right" aria-hidden="true" />
              </li>
            }
          </ul>
        }
      } @else {
        <cf-loading-state />
      }
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      gap: var(--cf-space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--cf-space-4);
      padding: var(--cf-space-5);
      border: 1px solid var(--mat-sys-outline-variant);
      border-block-start: 6px solid var(--cf-brand, var(--mat-sys-primary));
      border-radius: var(--cf-radius-l);
      background: var(--mat-sys-surface-container-lowest);
    }
    .card:hover {
      background: var(--mat-sys-surface-container-low);
    }
    .card:focus-within {
      outline: var(--cf-focus-ring);
      outline-offset: 2px;
    }
    .text {
      flex: 1;
      min-inline-size: 0;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .stretched {
      color: var(--mat-sys-on-surface);
      text-decoration: none;
    }
    .stretched::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .stretched:focus-visible {
      outline: none;
    }
    .meta {
      margin: var(--cf-space-1) 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .chevron {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OrganisationsPage {
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  protected readonly organisations = rxResource({ stream: () => this.api.mine() });

  protected roleOf(organisation: OrganisationView) {
    return this.session.roleIn(organisation.id);
  }

  protected errorText(): string {
    const described = describeError(this.organisations.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected async create(): Promise<void> {
    const ref = this.dialog.open<CreateOrganisationDialog, void, OrganisationView>(CreateOrganisationDialog, {
      maxWidth: '30rem',
      width: '100%',
      autoFocus: 'first-tabbable',
    });
    const organisation = await firstValueFrom(ref.afterClosed());
    if (!organisation) {
      return;
    }
    await this.session.refresh();
    this.toast.success('organisations.create.created', { name: organisation.name });
    await this.router.navigate(['/organisations', organisation.id]);
  }
}
