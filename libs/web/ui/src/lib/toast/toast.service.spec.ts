import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { SUCCESS_TOAST_DURATION_MS, ToastService } from './toast.service';

describe('ToastService', () => {
  let toast: ToastService;
  let open: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
    toast = TestBed.inject(ToastService);
    open = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
  });

  afterEach(() => TestBed.inject(MatSnackBar).dismiss());

  it('shows a translated success message, politely and briefly', () => {
    toast.success('errors.generic');

    expect(open).toHaveBeenCalledWith(
      'Something went wrong. Please try again.',
      'Dismiss',
      expect.objectContaining({
        politeness: 'polite',
        duration: SUCCESS_TOAST_DURATION_MS,
        panelClass: ['cf-toast', 'cf-toast-success'],
      }),
    );
  });

  it('shows a translated error assertively until dismissed', () => {
    toast.error('errors.network');

    expect(open).toHaveBeenCalledWith(
      "We can't reach Crowdforge right now. Check your connection and try again.",
      'Dismiss',
      expect.objectContaining({
        politeness: 'assertive',
        duration: undefined,
        panelClass: ['cf-toast', 'cf-toast-error'],
      }),
    );
  });

  it('translates into the active language', () => {
    TestBed.inject(TranslocoService).setActiveLang('nl');

    toast.error('errors.generic');

    expect(open).toHaveBeenCalledWith('Er ging iets mis. Probeer het opnieuw.', 'Sluiten', expect.anything());
  });

  it('shows a ready-made error text as is', () => {
    toast.errorText('This challenge is closed.');

    expect(open).toHaveBeenCalledWith(
      'This challenge is closed.',
      'Dismiss',
      expect.objectContaining({ politeness: 'assertive' }),
    );
  });

  it('puts the message on screen', async () => {
    toast.success('ui.loading');
    await new Promise((resolve) => setTimeout(resolve));

    expect(document.querySelector('.cf-toast')?.textContent).toContain('Loading…');
  });
});
