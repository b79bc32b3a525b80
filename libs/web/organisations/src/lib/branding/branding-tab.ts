import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { SessionStore } from '@crowdforge/web-identity-data';
import { OrganisationsApi, applyProblemToForm, formMessageOf } from '@crowdforge/web-identity-data/api';
import {
  DEFAULT_BRAND_COLOUR,
  FieldErrorPipe,
  FormMessage,
  FormMessageView,
  HEX_COLOUR_PATTERN,
  HTTPS_URL_PATTERN,
  OrgBadge,
  ToastService,
  focusFirstInvalid,
  isHexColour,
} from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationContext } from '../shared/organisation-context';

/** Name, brand colour (picker and hex field, with a live preview) and logo of the organisation. */
@Component({
  selector: 'cf-branding-tab',
  imports: [
    FieldErrorPipe,
    FormMessageView,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    OrgBadge,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './branding-tab.html',
  styleUrl: './branding-tab.scss',
})
export class BrandingTab {
  private readonly context = inject(OrganisationContext);
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    brandColour: [DEFAULT_BRAND_COLOUR, [Validators.required, Validators.pattern(HEX_COLOUR_PATTERN)]],
    logoUrl: ['', [Validators.maxLength(500), Validators.pattern(HTTPS_URL_PATTERN)]],
  });
  /** What the preview shows: the form as typed, falling back to safe values while it is invalid. */
  protected readonly preview = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    // Start from the organisation as loaded (and again after saving).
    effect(() => {
      const organisation = this.context.organisation.hasValue() ? this.context.organisation.value() : undefined;
      if (organisation && this.form.pristine) {
        this.form.reset({
          name: organisation.name,
          brandColour: isHexColour(organisation.brandColour) ? organisation.brandColour : DEFAULT_BRAND_COLOUR,
          logoUrl: organisation.logoUrl ?? '',
        });
      }
    });
  }

  protected previewColour(): string {
    const colour = this.preview().brandColour;
    return isHexColour(colour) ? colour.toLowerCase() : DEFAULT_BRAND_COLOUR;
  }

  protected previewLogo(): string | null {
    const url = this.preview().logoUrl?.trim();
    return url && HTTPS_URL_PATTERN.test(url) ? url : null;
  }

  /** The colour picker writes into the hex field (the one control the form sends). */
  protected pick(value: string): void {
    this.form.controls.brandColour.setValue(value.toLowerCase());
    this.form.controls.brandColour.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { name, brandColour, logoUrl } = this.form.getRawValue();
    try {
      const organisation = await firstValueFrom(
        this.api.update(this.context.id(), {
          name: name.trim(),
          brandColour: brandColour.toLowerCase(),
          logoUrl: logoUrl.trim() || null,
        }),
      );
      this.form.markAsPristine();
      this.context.organisation.set(organisation);
      void this.session.refresh();
      this.toast.success('ui.saved');
    } catch (error) {
      this.message.set(formMessageOf(applyProblemToForm(this.form, error)));
      focusFirstInvalid(this.host.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
