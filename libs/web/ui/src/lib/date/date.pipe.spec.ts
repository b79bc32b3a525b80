import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { LocalDatePipe } from './date.pipe';

describe('LocalDatePipe', () => {
  let pipe: LocalDatePipe;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
    pipe = TestBed.runInInjectionContext(() => new LocalDatePipe());
  });

  it('writes dates in the active language', () => {
    expect(pipe.transform('2026-03-12T10:00:00Z')).toBe('Mar 12, 2026');
    TestBed.inject(TranslocoService).setActiveLang('nl');
    expect(pipe.transform('2026-03-12T10:00:00Z')).toBe('12 mrt 2026');
  });

  it('says how long ago something happened', () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000 - 60_000);
    expect(pipe.transform(threeHoursAgo, 'relative')).toBe('3 hours ago');
    expect(pipe.transform(new Date(Date.now() - 86_400_000 - 60_000), 'relative')).toBe('yesterday');
    TestBed.inject(TranslocoService).setActiveLang('nl');
    expect(pipe.transform(threeHoursAgo, 'relative')).toBe('3 uur geleden');
  });

  it('writes nothing for missing or broken dates', () => {
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform('not a date')).toBe('');
  });
});
