import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import type { AccessTokenView, CreatedAccessToken, TokenScope } from '@crowdforge/contracts';
import { MeApi, applyProblemToForm, describeError, formMessageOf } from '@crowdforge/web-identity-data/api';
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

type Access = 'read' | 'write';

/** Expiry choices in days; 0 means the token does not expire. */
export const EXPIRY_OPTIONS = [30, 90, 365, 0] as const;

const SCOPES: Record<Access, TokenScope[]> = { read: ['read'], write: ['read', 'write'] };

/** Personal access tokens for scripts and integrations: create (value shown once), list, revoke. */
@Component({
  selector: 'cf-tokens-page',
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
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tokens-page.html',
  styleUrl: './tokens-page.scss',
})
export class TokensPage {
  private readonly me = inject(MeApi);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly expiryOptions = EXPIRY_OPTIONS;
  protected readonly tokens = rxResource({ stream: () => this.me.tokens() });
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(80)]],
    access: ['read' as Access],
    expiresInDays: [90 as number],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  /** The token just created: its value is shown here once and never again. */
  protected readonly created = signal<CreatedAccessToken | null>(null);
  protected readonly copied = signal(false);

  protected loadError(): string | null {
    const described = describeError(this.tokens.error());
    return described.message ?? (described.messageKey ? this.transloco.translate(described.messageKey) : null);
  }

  protected async create(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { name, access, expiresInDays } = this.form.getRawValue();
    try {
      const token = await firstValueFrom(
        this.me.createToken({
          name: name.trim(),
          scopes: SCOPES[access],
          ...(expiresInDays > 0 ? { expiresInDays } : {}),
        }),
      );
      this.copied.set(false);
      this.created.set(token);
      this.formDirective().resetForm({ name: '', access: 'read', expiresInDays: 90 });
      this.tokens.reload();
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(value: string): void {
    this.copied.set(this.clipboard.copy(value));
  }

  /** Forgets the token's value: from now on only its name and dates are known. */
  protected done(): void {
    this.created.set(null);
    this.copied.set(false);
  }

  protected async revoke(token: AccessTokenView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('account.tokens.revokeTitle', { name: token.name }),
      message: this.transloco.translate('account.tokens.revokeMessage'),
      confirmLabel: this.transloco.translate('account.tokens.revoke'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.me.revokeToken(token.id));
      if (this.created()?.id === token.id) {
        this.done();
      }
      this.toast.success('account.tokens.revoked', { name: token.name });
      this.tokens.reload();
    } catch {
      // The API interceptor already showed what went wrong.
    }
  }

  protected scopesOf(token: AccessTokenView): Access {
    return token.scopes.includes('write') ? 'write' : 'read';
  }
}
