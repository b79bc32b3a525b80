import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthState } from '@crowdforge/contracts';
import { Observable, catchError, map, of, throwError, timeout } from 'rxjs';
import { API_BASE_PATH } from '../http/api-base-path';
import { SKIP_ERROR_TOAST } from '../http/http-context';

/** Body of `GET /api/health/ready` (200 when ready, 503 with `status: 'error'` when not). */
export interface HealthResponse {
  status: HealthState;
  /** Dependencies that are up, per name. */
  info?: Record<string, unknown>;
  /** Dependencies that are down, per name. */
  error?: Record<string, unknown>;
  /** Per dependency `up` / `down`, when the API reports it this way. */
  checks?: Record<string, 'up' | 'down'>;
}

/** What the UI shows: ready, reachable but not ready, or not reachable at all. */
export type PlatformStatus = 'ready' | 'degraded' | 'unavailable';

export function isHealthResponse(value: unknown): value is HealthResponse {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const status = (value as { status?: unknown }).status;
  return status === 'ok' || status === 'error';
}

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);
  private readonly basePath = inject(API_BASE_PATH);

  /** The readiness report; a 503 that carries a report is returned, not thrown. */
  ready(): Observable<HealthResponse> {
    return this.http
      .get<unknown>(`${this.basePath}/health/ready`, {
        context: new HttpContext().set(SKIP_ERROR_TOAST, true),
      })
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && isHealthResponse(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
        map((body) => {
          if (!isHealthResponse(body)) {
            throw new Error('Unexpected health response');
          }
          return body;
        }),
      );
  }

  /** Readiness reduced to what a status indicator needs. Never errors. */
  platformStatus(timeoutMs = 10_000): Observable<PlatformStatus> {
    return this.ready().pipe(
      timeout(timeoutMs),
      map((report): PlatformStatus => (report.status === 'ok' ? 'ready' : 'degraded')),
      catchError(() => of<PlatformStatus>('unavailable')),
    );
  }
}
