import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { GRANT_ROLES, GRANT_SCOPES, GrantRole, GrantScope, GrantView } from '@crowdforge/contracts';
import { OrganisationsApi, applyProblemToForm, describeError, formMessageOf } from '@crowdforge/web-identity-data/api';
import {
  Alert,
  EmptyState,
  ErrorState,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  LoadingState,
  LocalDatePipe,
  ToastService,
  confirmAction,
  focusFirstInvalid,
} from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationContext } from '../shared/organisation-context';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Roles on one challenge or review round, also for people outside the organisation. */
@Component({
  selector: 'cf-grants-tab',
  imports: [
    Alert,
    EmptyState,
    ErrorState,
    FieldErrorPipe,
    FormMessageView,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sections">
      <section class="cf-card" aria-labelledby="grant-heading">
        <h2 id="grant-heading">{{ 'organisations.grants.newTitle' | transloco }}</h2>
        <p class="cf-muted intro">{{ 'organisations.grants.lead' | transloco }}</p>
        @if (granted(); as name) {
          <cf-alert kind="success" data-testid="grant-created"
            ><p>{{ 'organisations.grants.created' | transloco: { name } }}</p></cf-alert
          >
        }
        <cf-form-message [message]="message()" />
        <form class="cf-stack" [formGroup]="form" (ngSubmit)="grant()" novalidate data-testid="grant-form">
          <div class="form-row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'auth.fields.email' | transloco }}</mat-label>
              <input
                matInput
                type="email"
                formControlName="email"
                required
                autocomplete="off"
                data-testid="grant-email"
              />
              <mat-hint>{{ 'organisations.grants.emailHint' | transloco }}</mat-hint>
              <mat-error>{{ form.controls.email.errors | cfFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'organisations.grants.role' | transloco }}</mat-label>
              <mat-select formControlName="role" data-testid="grant-role">
                @for (role of roles; track role) {
                  <mat-option [value]="role">{{ 'roles.' + role | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <div class="form-row">
            <mat-form-field>
              <mat-label>{{ 'organisations.grants.scope' | transloco }}</mat-label>
              <mat-select formControlName="scope" data-testid="grant-scope">
                @for (scope of scopes; track scope) {
                  <mat-option [value]="scope">{{ 'organisations.grants.scopes.' + scope | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'organisations.grants.scopeId' | transloco }}</mat-label>
              <input
                matInput
                formControlName="scopeId"
                required
                autocomplete="off"
                spellcheck="false"
                data-testid="grant-scope-id"
              />
              <mat-hint>{{ 'organisations.grants.scopeIdHint' | transloco }}</mat-hint>
              <mat-error>{{ form.controls.scopeId.errors | cfFieldError }}</mat-error>
            </mat-form-field>
          </div>
          <div class="cf-form-actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="grant-submit">
              <mat-icon svgIcon="add" aria-hidden="true" />
              {{ 'organisations.grants.submit' | transloco }}
            </button>
          </div>
        </form>
      </section>

      <section class="cf-card" aria-labelledby="grants-heading" data-testid="grants">
        <h2 id="grants-heading">{{ 'organisations.grants.listTitle' | transloco }}</h2>
        @if (grants.error()) {
          <cf-error-state [message]="errorText()" (retry)="grants.reload()" />
        } @else if (grants.hasValue()) {
          @if (grants.value().length === 0) {
            <cf-empty-state
              icon="badge"
              [title]="'organisations.grants.emptyTitle' | transloco"
              [message]="'organisations.grants.emptyMessage' | transloco"
            />
          } @else {
            <ul class="list">
              @for (grant of grants.value(); track grant.id) {
                <li class="item" data-testid="grant">
                  <div class="item-text">
                    <p class="item-name">
                      {{ grant.displayName }} <span class="pill">{{ 'roles.' + grant.role | transloco }}</span>
                    </p>
                    <p class="item-meta">
                      {{ 'organisations.grants.scopes.' + grant.scope | transloco }} <code>{{ grant.scopeId }}</code> ·
                      {{ 'organisations.grants.since' | transloco: { date: (grant.createdAt | cfDate) } }}
                    </p>
                  </div>
                  <button
                    mat-button
                    type="button"
                    class="cf-destructive"
                    (click)="revoke(grant)"
                    data-testid="grant-revoke"
                  >
                    {{ 'organisations.grants.revoke' | transloco
                    }}<span class="cf-visually-hidden"> {{ grant.displayName }}</span>
                  </button>
                </li>
              }
            </ul>
          }
        } @else {
          <cf-loading-state />
        }
      </section>
    </div>
  `,
  styleUrls: ['../shared/list.scss'],
})
export class GrantsTab {
  private readonly context = inject(OrganisationContext);
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly roles = GRANT_ROLES;
  protected readonly scopes = GRANT_SCOPES;
  protected readonly grants = rxResource({
    params: () => this.context.id() || undefined,
    stream: ({ params }) => this.api.grants(params),
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['reviewer' as GrantRole],
    scope: ['challenge' as GrantScope],
    scopeId: ['', [Validators.required, Validators.pattern(UUID_PATTERN)]],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly granted = signal<string | null>(null);

  protected errorText(): string {
    const described = describeError(this.grants.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected async grant(): Promise<void> {
    this.message.set(null);
    this.granted.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const grant = await firstValueFrom(
        this.api.grant(this.context.id(), { ...value, email: value.email.trim(), scopeId: value.scopeId.trim() }),
      );
      this.granted.set(grant.displayName);
      this.formDirective().resetForm({ email: '', role: value.role, scope: value.scope, scopeId: '' });
      this.grants.reload();
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(grant: GrantView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('organisations.grants.revokeTitle', { name: grant.displayName }),
      message: this.transloco.translate('organisations.grants.revokeMessage'),
      confirmLabel: this.transloco.translate('organisations.grants.revoke'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.revokeGrant(this.context.id(), grant.id));
      this.toast.success('organisations.grants.revoked', { name: grant.displayName });
    } catch {
      // The API interceptor showed what went wrong.
    }
    this.grants.reload();
  }
}
