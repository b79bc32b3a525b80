import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SessionStore } from '@crowdforge/web-identity-data';
import { OrganisationsApi, describeError } from '@crowdforge/web-identity-data/api';
import { EmptyState, LoadingState } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

type AcceptState =
  | { kind: 'accepting' }
  | { kind: 'joined'; organisationId: string }
  | { kind: 'wrong-address' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string | null; messageKey: string | null };

/**
 * Opened from the emailed invitation `/invitations/accept?token=…` (after signing in, if need be):
 * accepts it at once and opens the organisation, or explains why it could not.
 */
@Component({
  selector: 'cf-accept-invitation-page',
  imports: [EmptyState, LoadingState, MatAnchor, MatButton, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page page">
      @switch (state().kind) {
        @case ('accepting') {
          <cf-loading-state data-testid="accept-busy" [label]="'invitations.accepting' | transloco" />
        }
        @case ('joined') {
          <cf-empty-state
            icon="group_add"
            data-testid="accept-joined"
            [headingLevel]="1"
            [title]="'invitations.joinedTitle' | transloco: { name: organisationName() }"
            [message]="'invitations.joined' | transloco"
          >
            <a mat-flat-button [routerLink]="['/organisations', joinedId()]" data-testid="accept-open">
              {{ 'invitations.open' | transloco }}
            </a>
          </cf-empty-state>
        }
        @case ('wrong-address') {
          <cf-empty-state
            icon="mail"
            data-testid="accept-wrong-address"
            [headingLevel]="1"
            [title]="'invitations.wrongAddressTitle' | transloco"
            [message]="'invitations.wrongAddress' | transloco: { email: session.user()?.email ?? '' }"
          >
            <button mat-flat-button type="button" (click)="switchAccount()" data-testid="accept-switch">
              <mat-icon svgIcon="logout" aria-hidden="true" />
              {{ 'invitations.switchAccount' | transloco }}
            </button>
          </cf-empty-state>
        }
        @case ('invalid') {
          <cf-empty-state
            icon="link"
            data-testid="accept-invalid"
            [headingLevel]="1"
            [title]="'invitations.invalidTitle' | transloco"
            [message]="'invitations.invalid' | transloco"
          >
            <a mat-stroked-button routerLink="/organisations">{{ 'session.myOrganisations' | transloco }}</a>
          </cf-empty-state>
        }
        @case ('failed') {
          <cf-empty-state
            icon="error"
            data-testid="accept-failed"
            [headingLevel]="1"
            [title]="'invitations.failedTitle' | transloco"
            [message]="failure()"
          >
            <button mat-flat-button type="button" (click)="accept()">{{ 'ui.retry' | transloco }}</button>
          </cf-empty-state>
        }
      }
    </div>
  `,
  styles: `
    .page {
      max-inline-size: 40rem;
    }
  `,
})
export class AcceptInvitationPage implements OnInit {
  private readonly api = inject(OrganisationsApi);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);
  private readonly token = this.route.snapshot.queryParamMap.get('token')?.trim() ?? '';

  protected readonly state = signal<AcceptState>({ kind: 'accepting' });
  protected readonly joinedId = computed(() => {
    const state = this.state();
    return state.kind === 'joined' ? state.organisationId : '';
  });
  protected readonly organisationName = computed(
    () =>
      this.session.user()?.memberships.find((membership) => membership.organisationId === this.joinedId())
        ?.organisationName ?? '',
  );

  ngOnInit(): void {
    void this.accept();
  }

  protected failure(): string {
    const state = this.state();
    if (state.kind !== 'failed') {
      return '';
    }
    return state.message ?? this.transloco.translate(state.messageKey ?? 'errors.generic');
  }

  protected async accept(): Promise<void> {
    if (!this.token) {
      this.state.set({ kind: 'invalid' });
      return;
    }
    this.state.set({ kind: 'accepting' });
    try {
      const { organisationId } = await firstValueFrom(this.api.acceptInvitation(this.token));
      await this.session.refresh();
      this.state.set({ kind: 'joined', organisationId });
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : null;
      if (status === 403) {
        this.state.set({ kind: 'wrong-address' });
      } else if (status === 400 || status === 404 || status === 409) {
        this.state.set({ kind: 'invalid' });
      } else {
        const described = describeError(error);
        this.state.set({ kind: 'failed', message: described.message, messageKey: described.messageKey });
      }
    }
  }

  /** Signs out and comes back here after signing in with the invited address. */
  protected async switchAccount(): Promise<void> {
    await this.session.signOut();
    await this.router.navigate(['/sign-in'], { queryParams: { returnUrl: this.router.url } });
  }
}
