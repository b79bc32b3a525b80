import { TestBed } from '@angular/core/testing';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ imports: [translocoTesting('en')], providers: [provideCrowdforgeIcons()] }),
  );

  async function render(inputs: Record<string, unknown>) {
    const fixture = TestBed.createComponent(ErrorState);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('renders the message with default title and retry label, as an alert', async () => {
    const { element } = await render({ message: 'The challenges could not be loaded.' });

    expect(element.getAttribute('role')).toBe('alert');
    expect(element.querySelector('[data-testid="error-state-title"]')?.textContent).toBe('Something went wrong');
    expect(element.querySelector('[data-testid="error-state-message"]')?.textContent).toBe(
      'The challenges could not be loaded.',
    );
    expect(element.querySelector('[data-testid="error-state-retry"]')?.textContent).toContain('Try again');
    const icons = Array.from(element.querySelectorAll('mat-icon'));
    expect(icons.map((icon) => icon.getAttribute('data-mat-icon-name'))).toEqual(['error', 'refresh']);
    expect(icons.every((icon) => icon.querySelector('svg'))).toBe(true);
  });

  it('emits retry when the button is pressed', async () => {
    const { fixture, element } = await render({ message: 'Failed.' });
    const retry = jest.fn();
    fixture.componentInstance.retry.subscribe(retry);

    element.querySelector<HTMLButtonElement>('[data-testid="error-state-retry"]')?.click();

    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('renders custom title and retry label, and translates the defaults', async () => {
    const { fixture, element } = await render({ message: 'Mislukt.', title: 'Oeps', retryLabel: 'Nog een keer' });

    expect(element.querySelector('[data-testid="error-state-title"]')?.textContent).toBe('Oeps');
    expect(element.querySelector('[data-testid="error-state-retry"]')?.textContent).toContain('Nog een keer');

    fixture.componentRef.setInput('title', undefined);
    TestBed.inject(TranslocoService).setActiveLang('nl');
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="error-state-title"]')?.textContent).toBe('Er ging iets mis');
  });

  it('hides the retry button when retrying cannot help', async () => {
    const { element } = await render({ message: 'Not allowed.', retryable: false });

    expect(element.querySelector('[data-testid="error-state-retry"]')).toBeNull();
  });
});
