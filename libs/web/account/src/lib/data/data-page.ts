import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import { SessionStore } from '@crowdforge/web-identity-data';
import { MeApi } from '@crowdforge/web-identity-data/api';
import { ToastService } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DeleteAccountDialog } from './delete-account-dialog';

/** "My data": download everything Crowdforge holds about me, or delete my account. */
@Component({
  selector: 'cf-data-page',
  imports: [MatAnchor, MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="export-heading">
      <h2 id="export-heading">{{ 'account.data.exportTitle' | transloco }}</h2>
      <p class="cf-muted text">{{ 'account.data.exportLead' | transloco }}</p>
      <a mat-stroked-button [href]="exportUrl" download="crowdforge-my-data.json" data-testid="data-export">
        <mat-icon svgIcon="download" aria-hidden="true" />
        {{ 'account.data.export' | transloco }}
      </a>
    </section>

    <section class="cf-card danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{{ 'account.data.deleteTitle' | transloco }}</h2>
      <p class="text">{{ 'account.data.deleteLead' | transloco }}</p>
      <ul class="text consequences">
        <li>{{ 'account.data.deleteErased' | transloco }}</li>
        <li>{{ 'account.data.deleteKept' | transloco }}</li>
        <li>{{ 'account.data.deleteFinal' | transloco }}</li>
      </ul>
      <button mat-flat-button type="button" class="cf-destructive" (click)="deleteAccount()" data-testid="data-delete">
        <mat-icon svgIcon="delete" aria-hidden="true" />
        {{ 'account.data.delete' | transloco }}
      </button>
    </section>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-5);
    }
    .text {
      margin: 0 0 var(--cf-space-4);
    }
    .consequences {
      padding-inline-start: var(--cf-space-5);
    }
    .danger {
      border-color: color-mix(in srgb, var(--mat-sys-error) 45%, transparent);
    }
  `,
})
export class DataPage {
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);

  protected readonly exportUrl = inject(MeApi).exportUrl;

  protected async deleteAccount(): Promise<void> {
    const ref = this.dialog.open<DeleteAccountDialog, void, boolean>(DeleteAccountDialog, {
      maxWidth: '30rem',
      autoFocus: 'first-tabbable',
      role: 'alertdialog',
    });
    if ((await firstValueFrom(ref.afterClosed())) !== true) {
      return;
    }
    this.session.clear();
    await this.router.navigateByUrl('/');
    this.toast.success('account.data.deleted');
  }
}
