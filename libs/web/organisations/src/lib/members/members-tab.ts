import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect, MatSelectChange } from '@angular/material/select';
import { MemberView, ORGANISATION_ROLES, OrganisationRole } from '@crowdforge/contracts';
import { OrganisationsApi, describeError } from '@crowdforge/web-identity-data/api';
import { ErrorState, LoadingState, LocalDatePipe, ToastService, confirmAction } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationContext } from '../shared/organisation-context';

/** Members and their roles; owners and administrators change roles and remove members. */
@Component({
  selector: 'cf-members-tab',
  imports: [
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="members-heading" data-testid="members">
      <h2 id="members-heading">{{ 'organisations.members.title' | transloco }}</h2>
      <p class="cf-muted intro">
        {{ (manage() ? 'organisations.members.leadManage' : 'organisations.members.lead') | transloco }}
      </p>
      @if (members.error()) {
        <cf-error-state [message]="errorText()" (retry)="members.reload()" />
      } @else if (members.hasValue()) {
        <ul class="list">
          @for (member of members.value(); track member.userId) {
            <li class="item" data-testid="member">
              <div class="item-text">
                <p class="item-name">
                  {{ member.displayName }}
                  @if (member.userId === context.userId()) {
                    <span class="cf-muted">({{ 'organisations.members.you' | transloco }})</span>
                  }
                </p>
                <p class="item-meta">
                  {{ member.email }} ·
                  {{ 'organisations.members.joined' | transloco: { date: (member.joinedAt | cfDate) } }}
                </p>
              </div>
              <div class="item-actions">
                @if (canManage(member)) {
                  <mat-form-field class="role-field" subscriptSizing="dynamic">
                    <mat-label>{{ 'organisations.members.role' | transloco }}</mat-label>
                    <mat-select
                      [value]="member.role"
                      (selectionChange)="changeRole(member, $event)"
                      data-testid="member-role-select"
                    >
                      @for (role of assignableRoles(); track role) {
                        <mat-option [value]="role">{{ 'roles.' + role | transloco }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <button
                    mat-button
                    type="button"
                    class="cf-destructive"
                    (click)="remove(member)"
                    data-testid="member-remove"
                  >
                    <mat-icon svgIcon="person_remove" aria-hidden="true" />
                    {{ 'organisations.members.remove' | transloco
                    }}<span class="cf-visually-hidden"> {{ member.displayName }}</span>
                  </button>
                } @else {
                  <span class="pill" data-testid="member-role">{{ 'roles.' + member.role | transloco }}</span>
                }
              </div>
            </li>
          }
        </ul>
      } @else {
        <cf-loading-state />
      }
    </section>
  `,
  styleUrls: ['../shared/list.scss'],
  styles: `
    .role-field {
      inline-size: 13rem;
    }
  `,
})
export class MembersTab {
  protected readonly context = inject(OrganisationContext);
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  protected readonly members = rxResource({
    params: () => this.context.id() || undefined,
    stream: ({ params }) => this.api.members(params),
  });
  protected readonly manage = computed(() => this.context.can('members:manage'));
  /** Only owners make others owner. */
  protected readonly assignableRoles = computed<readonly OrganisationRole[]>(() =>
    this.context.effectiveRole() === 'owner'
      ? ORGANISATION_ROLES
      : ORGANISATION_ROLES.filter((role) => role !== 'owner'),
  );

  /** Not myself (leave instead), and owners are touched only by owners. */
  protected canManage(member: MemberView): boolean {
    return (
      this.manage() &&
      member.userId !== this.context.userId() &&
      (member.role !== 'owner' || this.context.effectiveRole() === 'owner')
    );
  }

  protected errorText(): string {
    const described = describeError(this.members.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected async changeRole(member: MemberView, change: MatSelectChange<OrganisationRole>): Promise<void> {
    try {
      await firstValueFrom(this.api.changeRole(this.context.id(), member.userId, change.value));
      this.toast.success('organisations.members.roleChanged', {
        name: member.displayName,
        role: this.transloco.translate(`roles.${change.value}`),
      });
    } catch {
      change.source.writeValue(member.role); // The toast says why; show the role that still holds.
    }
    this.members.reload();
  }

  protected async remove(member: MemberView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('organisations.members.removeTitle', { name: member.displayName }),
      message: this.transloco.translate('organisations.members.removeMessage'),
      confirmLabel: this.transloco.translate('organisations.members.remove'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.removeMember(this.context.id(), member.userId));
      this.toast.success('organisations.members.removed', { name: member.displayName });
    } catch {
      // The API interceptor showed what went wrong.
    }
    this.members.reload();
  }
}
