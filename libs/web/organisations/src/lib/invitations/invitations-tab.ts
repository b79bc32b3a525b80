import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { InvitationView, ORGANISATION_ROLES } from '@crowdforge/contracts';
import {
  InvitableRole,
  OrganisationsApi,
  applyProblemToForm,
  describeError,
  formMessageOf,
} from '@crowdforge/web-identity-data/api';
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

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(invitation: InvitationView, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return new Date(invitation.expiresAt).getTime() <= now ? 'expired' : 'open';
}

const INVITABLE_ROLES = ORGANISATION_ROLES.filter((role): role is InvitableRole => role !== 'owner');
const ORDER: Record<InvitationStatus, number> = { open: 0, accepted: 1, expired: 2, revoked: 3 };

/** Invite people by email (owners and administrators), and see or revoke the invitations sent. */
@Component({
  selector: 'cf-invitations-tab',
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
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations-tab.html',
  styleUrls: ['../shared/list.scss'],
  styles: `
    .status-open {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .status-accepted {
      color: var(--mat-sys-on-surface);
      background: color-mix(in srgb, var(--cf-color-success) 18%, var(--mat-sys-surface));
    }
    .status-expired,
    .status-revoked {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class InvitationsTab {
  private readonly context = inject(OrganisationContext);
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly roles = INVITABLE_ROLES;
  protected readonly invitations = rxResource({
    params: () => this.context.id() || undefined,
    stream: ({ params }) => this.api.invitations(params),
  });
  protected readonly sorted = computed(() =>
    this.invitations.hasValue()
      ? [...(this.invitations.value() ?? [])].sort(
          (a, b) => ORDER[invitationStatus(a)] - ORDER[invitationStatus(b)] || b.expiresAt.localeCompare(a.expiresAt),
        )
      : [],
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['member' as InvitableRole, Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected readonly statusOf = invitationStatus;

  protected errorText(): string {
    const described = describeError(this.invitations.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected async invite(): Promise<void> {
    this.message.set(null);
    this.sentTo.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { email, role } = this.form.getRawValue();
    try {
      const invitation = await firstValueFrom(this.api.invite(this.context.id(), { email: email.trim(), role }));
      this.sentTo.set(invitation.email);
      this.formDirective().resetForm({ email: '', role });
      this.invitations.reload();
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(invitation: InvitationView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('organisations.invitations.revokeTitle', { email: invitation.email }),
      message: this.transloco.translate('organisations.invitations.revokeMessage'),
      confirmLabel: this.transloco.translate('organisations.invitations.revoke'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.revokeInvitation(this.context.id(), invitation.id));
      this.toast.success('organisations.invitations.revoked', { email: invitation.email });
    } catch {
      // The API interceptor showed what went wrong.
    }
    this.invitations.reload();
  }
}
