import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Language, Page } from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';

/** A mail that was kept in the outbox (no SMTP server configured), as listed. */
export interface OutboxItem {
  id: string;
  createdAt: string;
  to: string;
  subject: string;
  template: string;
  language: Language;
}

/** One kept mail with its plain-text and HTML bodies. */
export interface OutboxMessage extends OutboxItem {
  text: string;
  html: string;
}

export type OutboxPage = Page<OutboxItem>;

/** The platform administrators' view of mail that was not sent (`/admin/outbox`). */
@Injectable({ providedIn: 'root' })
export class OutboxApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${injectApiV1()}/admin/outbox`;

  list(limit: number, offset: number): Observable<OutboxPage> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<OutboxPage>(this.url, { params, ...ownErrors() });
  }

  get(id: string): Observable<OutboxMessage> {
    return this.http.get<OutboxMessage>(`${this.url}/${segment(id)}`, ownErrors());
  }
}
