import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiInterceptor } from '@crowdforge/web-core';
import { translocoTesting } from '../testing/transloco-testing';
import { provideToastErrorNotifier } from './toast-error-notifier';

/** The app's wiring: a failed API request ends up as an error toast. */
describe('API errors as toasts', () => {
  let open: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideToastErrorNotifier(),
      ],
    });
    open = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
  });

  afterEach(() => TestBed.inject(MatSnackBar).dismiss());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it("shows a problem's detail as an assertive error toast", async () => {
    TestBed.inject(HttpClient)
      .get('/api/challenges')
      .subscribe({ error: () => undefined });

    TestBed.inject(HttpTestingController)
      .expectOne('/api/challenges')
      .flush(
        {
          type: 'https://crowdforge.example/problems/service-unavailable',
          title: 'Service Unavailable',
          status: 503,
          detail: 'The database is not reachable right now.',
          code: 'database_unavailable',
          instance: '/api/challenges',
          requestId: 'abc',
        },
        { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();

    expect(open).toHaveBeenCalledWith(
      'The database is not reachable right now.',
      'Dismiss',
      expect.objectContaining({ politeness: 'assertive', panelClass: ['cf-toast', 'cf-toast-error'] }),
    );
  });

  it('shows a translated generic message for other errors', async () => {
    TestBed.inject(HttpClient)
      .get('/api/challenges')
      .subscribe({ error: () => undefined });

    TestBed.inject(HttpTestingController)
      .expectOne('/api/challenges')
      .flush('oops', { status: 500, statusText: 'Server Error' });
    await settle();

    expect(open).toHaveBeenCalledWith('Something went wrong. Please try again.', 'Dismiss', expect.anything());
  });
});
