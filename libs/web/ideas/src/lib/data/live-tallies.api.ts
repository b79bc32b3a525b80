import { Injectable } from '@angular/core';
import { LIVE_TALLIES_EVENT, type LiveTally } from '@crowdforge/contracts';
import { injectApiV1, segment } from '@crowdforge/web-identity-data';
import { EMPTY, Observable } from 'rxjs';

/**
 * The tallies of a board's ideas as they change, over server-sent events. The browser reconnects
 * by itself when a subscription ends (the server ends each after a few minutes); a refusal (blind
 * voting, an idea one may not see) ends it for good.
 */
@Injectable({ providedIn: 'root' })
export class LiveTalliesApi {
  private readonly api = injectApiV1();

  follow(challengeId: string, ideaIds: string[], key: string | null): Observable<LiveTally[]> {
    if (typeof EventSource === 'undefined') return EMPTY;
    const params = new URLSearchParams({ ideas: ideaIds.join(','), ...(key && { key }) });
    const url = `${this.api}/challenges/${segment(challengeId)}/live-tallies?${params}`;
    return new Observable<LiveTally[]>((subscriber) => {
      const source = new EventSource(url);
      source.addEventListener(LIVE_TALLIES_EVENT, (event) => subscriber.next(JSON.parse(event.data) as LiveTally[]));
      return () => source.close();
    });
  }
}
