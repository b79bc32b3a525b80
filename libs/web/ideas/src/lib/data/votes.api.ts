import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MyVotes } from '@crowdforge/contracts';
import { injectApiV1, ownErrors, putOrDelete, segment } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

/** Supporting ideas: the caller's votes in a challenge, and voting or taking a vote back. */
@Injectable({ providedIn: 'root' })
export class VotesApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  mine(challengeId: string): Observable<MyVotes> {
    return this.http.get<MyVotes>(`${this.api}/challenges/${segment(challengeId)}/my-votes`, ownErrors());
  }

  support(ideaId: string, supported: boolean): Observable<MyVotes> {
    const url = `${this.api}/ideas/${segment(ideaId)}/vote`;
    return putOrDelete<MyVotes>(this.http, url, supported);
  }
}
