import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { OrganisationPermission } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { OrganisationsApi, describeError } from '@crowdforge/web-identity-data/api';
import {
  DEFAULT_BRAND_COLOUR,
  ErrorState,
  LoadingState,
  OrgBadge,
  ToastService,
  confirmAction,
  isHexColour,
} from '@crowdforge/web-ui';
import type { IconName } from '@crowdforge/web-ui/icons';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { OrganisationContext } from '../shared/organisation-context';

interface Tab {
  path: string;
  labelKey: string;
  icon: IconName;
  /** Shown only to people who may do this. */
  permission: OrganisationPermission;
}

const TABS: readonly Tab[] = [
  { path: 'members', labelKey: 'organisations.tabs.members', icon: 'group', permission: 'members:read' },
  { path: 'invitations', labelKey: 'organisations.tabs.invitations', icon: 'mail', permission: 'members:manage' },
  { path: 'grants', labelKey: 'organisations.tabs.grants', icon: 'badge', permission: 'grants:manage' },
  { path: 'branding', labelKey: 'organisations.tabs.branding', icon: 'palette', permission: 'organisation:manage' },
  { path: 'moderation', labelKey: 'organisations.tabs.moderation', icon: 'flag', permission: 'moderation:act' },
  { path: 'guidelines', labelKey: 'organisations.tabs.guidelines', icon: 'gavel', permission: 'challenges:manage' },
];

/**
 * One organisation: a header in its brand colour, and a tab (with its own URL) per part
 * — members, invitations, grants, branding, moderation, guidelines — each shown only to those who may use it.
 */
@Component({
  selector: 'cf-organisation-page',
  imports: [
    ErrorState,
    LoadingState,
    MatButton,
    MatIcon,
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    OrgBadge,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
  ],
  providers: [OrganisationContext],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-page.html',
  styleUrl: './organisation-page.scss',
})
export class OrganisationPage {
  protected readonly context = inject(OrganisationContext);
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  private readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('organisationId') ?? '')),
    {
      initialValue: '',
    },
  );

  protected readonly organisation = this.context.organisation;
  protected readonly tabs = computed(() => TABS.filter((tab) => this.context.can(tab.permission)));
  protected readonly brand = computed(() => {
    const colour = this.organisation.hasValue() ? this.organisation.value()?.brandColour : null;
    return isHexColour(colour) ? colour : DEFAULT_BRAND_COLOUR;
  });

  constructor() {
    effect(() => this.context.id.set(this.id()));
  }

  protected errorText(): string {
    const described = describeError(this.organisation.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }

  protected async leave(name: string): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('organisations.leave.title', { name }),
      message: this.transloco.translate('organisations.leave.message'),
      confirmLabel: this.transloco.translate('organisations.leave.confirm'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.leave(this.context.id()));
    } catch {
      return; // The API interceptor showed why (e.g. the last owner cannot leave).
    }
    await this.session.refresh();
    this.toast.success('organisations.leave.done', { name });
    await this.router.navigateByUrl('/organisations');
  }
}
