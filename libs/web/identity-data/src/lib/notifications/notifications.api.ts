import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NotificationPage } from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors, segment } from '../http/api-url';

export interface NotificationQuery {
  limit: number;
  offset?: number;
  /** Only notifications not read yet. */
  unread?: boolean;
}

/** The signed-in person's notification inbox. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${injectApiV1()}/me/notifications`;

  list(query: NotificationQuery): Observable<NotificationPage> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset ?? 0);
    if (query.unread) {
      params = params.set('unread', 'true');
    }
    return this.http.get<NotificationPage>(this.url, { params, ...ownErrors() });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`${this.url}/${segment(id)}/read`, {});
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>(`${this.url}/read-all`, {});
  }
}
