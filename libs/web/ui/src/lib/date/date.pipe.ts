import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

export type DateStyle = 'date' | 'dateTime' | 'relative';

const OPTIONS: Record<Exclude<DateStyle, 'relative'>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
};

/**
 * A date in the active language (`12 mrt 2026` / `Mar 12, 2026`), with the time for
 * `'dateTime'`, or "3 hours ago" for `'relative'`. Impure so it follows language switches;
 * formatters are cached.
 */
@Pipe({ name: 'cfDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

  transform(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      return '';
    }
    const language = this.transloco.getActiveLang();
    if (style === 'relative') {
      return relative(this.formatter(language, style) as Intl.RelativeTimeFormat, date);
    }
    return (this.formatter(language, style) as Intl.DateTimeFormat).format(date);
  }

  private formatter(language: string, style: DateStyle): Intl.DateTimeFormat | Intl.RelativeTimeFormat {
    const key = `${language}:${style}`;
    let formatter = this.formatters.get(key);
    if (!formatter) {
      formatter =
        style === 'relative'
          ? new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
          : new Intl.DateTimeFormat(language, OPTIONS[style]);
      this.formatters.set(key, formatter);
    }
    return formatter;
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function relative(formatter: Intl.RelativeTimeFormat, date: Date): string {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return formatter.format(Math.round(seconds / size), unit);
    }
  }
  return formatter.format(0, 'minute');
}
