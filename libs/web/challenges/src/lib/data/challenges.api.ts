import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChallengeDetail,
  ChallengeInput,
  ChallengePage,
  ChallengeQuery,
  ChallengeRevisionSummary,
  ChallengeUpdate,
  JoinChallengeInput,
  PhaseKind,
} from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment, uploadFile, type UploadProgress } from '@crowdforge/web-identity-data';
import { Observable } from 'rxjs';

export type WindowAction = 'open' | 'close';

/**
 * Challenges: browse, read, write the brief, publish, phase windows, joining, revisions.
 * Reads and form submissions raise no toast (the page shows the error); window actions fail
 * with an error toast.
 */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();
  private readonly url = `${this.api}/challenges`;

  list(query: ChallengeQuery): Observable<ChallengePage> {
    let params = new HttpParams();
    for (const name of Object.keys(query) as (keyof ChallengeQuery)[]) {
      const value = query[name];
      if (value !== undefined && value !== '') {
        params = params.set(name, value);
      }
    }
    return this.http.get<ChallengePage>(this.url, { params, ...ownErrors() });
  }

  /** `key` is the secret of an unlisted challenge's link. */
  get(challengeId: string, key?: string | null): Observable<ChallengeDetail> {
    const params = key ? new HttpParams().set('key', key) : undefined;
    return this.http.get<ChallengeDetail>(this.of(challengeId), { params, ...ownErrors() });
  }

  /** Starts a draft in the organisation. */
  create(organisationId: string, input: Partial<ChallengeInput>): Observable<ChallengeDetail> {
    return this.http.post<ChallengeDetail>(
      `${this.api}/organisations/${segment(organisationId)}/challenges`,
      input,
      ownErrors(),
    );
  }

  update(challengeId: string, changes: ChallengeUpdate): Observable<ChallengeDetail> {
    return this.http.patch<ChallengeDetail>(this.of(challengeId), changes, ownErrors());
  }

  /** Fails with 422 and per-field `errors` while the brief lacks what publishing needs. */
  publish(challengeId: string): Observable<ChallengeDetail> {
    return this.http.post<ChallengeDetail>(`${this.of(challengeId)}/publish`, {}, ownErrors());
  }

  /** Opens or closes a phase window by hand. */
  setWindow(challengeId: string, kind: PhaseKind, action: WindowAction): Observable<ChallengeDetail> {
    return this.http.post<ChallengeDetail>(`${this.of(challengeId)}/windows/${segment(kind)}/${action}`, {});
  }

  join(challengeId: string, input: JoinChallengeInput): Observable<ChallengeDetail> {
    return this.http.post<ChallengeDetail>(`${this.of(challengeId)}/participation`, input, ownErrors());
  }

  revisions(challengeId: string): Observable<ChallengeRevisionSummary[]> {
    return this.http.get<ChallengeRevisionSummary[]>(`${this.of(challengeId)}/revisions`, ownErrors());
  }

  private of(challengeId: string): string {
    return `${this.url}/${segment(challengeId)}`;
  }

  /** Uploads the cover image (replacing any), reporting progress. */
  setCover(challengeId: string, file: File): Observable<UploadProgress<ChallengeDetail>> {
    return uploadFile<ChallengeDetail>(this.http, 'PUT', `${this.url}/${segment(challengeId)}/cover`, file);
  }

  removeCover(challengeId: string): Observable<void> {
    return this.http.delete<void>(`${this.url}/${segment(challengeId)}/cover`, ownErrors());
  }
}
