import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { LoadingState } from './loading-state';

describe('LoadingState', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoTesting('en')] }));

  it('announces a default label in the active language', async () => {
    const fixture = TestBed.createComponent(LoadingState);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.getAttribute('role')).toBe('status');
    expect(element.getAttribute('aria-live')).toBe('polite');
    expect(element.querySelector('mat-progress-spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(element.textContent?.trim()).toBe('Loading…');

    TestBed.inject(TranslocoService).setActiveLang('nl');
    await fixture.whenStable();

    expect(element.textContent?.trim()).toBe('Bezig met laden…');
  });

  it('renders a given label', async () => {
    const fixture = TestBed.createComponent(LoadingState);
    fixture.componentRef.setInput('label', 'Loading challenges…');
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="loading-label"]')?.textContent).toBe(
      'Loading challenges…',
    );
  });
});
