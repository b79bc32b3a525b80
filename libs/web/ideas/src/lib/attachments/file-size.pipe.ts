import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** A byte count for people: "830 kB", "2.4 MB", in the current language's number format. */
@Pipe({ name: 'cfFileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(bytes: number): string {
    const locale = this.transloco.getActiveLang();
    const [value, unit] =
      bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [Math.max(1, Math.round(bytes / 1000)), 'kB'];
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  }
}
