import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Component } from '@angular/core';
import { SessionStore } from '../session/session.store';
import { UNREAD_POLL_MS, UnreadNotifications } from './unread-notifications';

@Component({ template: '' })
class Page {}

describe('UnreadNotifications', () => {
  const signedIn = signal(false);
  let backend: HttpTestingController;
  let unread: UnreadNotifications;

  const page = (count: number) => ({ items: [], total: count, unread: count, limit: 1, offset: 0 });
  const expectCountRequest = () =>
    backend.expectOne(
      (request) => request.url === '/api/v1/me/notifications' && request.params.get('unread') === 'true',
    );

  beforeEach(() => {
    jest.useFakeTimers();
    signedIn.set(false);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Page }]),
        { provide: SessionStore, useValue: { signedIn } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    unread = TestBed.inject(UnreadNotifications);
    unread.start();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('asks nothing while nobody is signed in', () => {
    TestBed.tick();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 2);

    backend.expectNone('/api/v1/me/notifications');
    expect(unread.unread()).toBe(0);
  });

  it('asks at sign-in, every minute and after navigation; resets at sign-out', async () => {
    signedIn.set(true);
    TestBed.tick();
    jest.advanceTimersByTime(0);
    expectCountRequest().flush(page(3));
    expect(unread.unread()).toBe(3);

    jest.advanceTimersByTime(UNREAD_POLL_MS);
    expectCountRequest().flush(page(4));
    expect(unread.unread()).toBe(4);

    const navigation = TestBed.inject(Router).navigateByUrl('/inbox');
    await jest.advanceTimersByTimeAsync(10);
    await navigation;
    expectCountRequest().flush(page(1));
    expect(unread.unread()).toBe(1);

    signedIn.set(false);
    TestBed.tick();
    expect(unread.unread()).toBe(0);
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    backend.expectNone('/api/v1/me/notifications');
  });

  it('keeps the count when asking fails', () => {
    signedIn.set(true);
    TestBed.tick();
    jest.advanceTimersByTime(0);
    expectCountRequest().flush(page(2));

    jest.advanceTimersByTime(UNREAD_POLL_MS);
    expectCountRequest().flush(null, { status: 503, statusText: 'Unavailable' });

    expect(unread.unread()).toBe(2);
  });
});
