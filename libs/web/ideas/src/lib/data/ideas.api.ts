import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChallengeDetail,
  CursorPage,
  IdeaDetail,
  IdeaInput,
  IdeaListQuery,
  IdeaStatusInput,
  IdeaSummary,
  MyIdea,
  SubmitIdeaInput,
} from '@crowdforge/contracts';
import { injectApiV1, ownErrors, putOrDelete, segment } from '@crowdforge/web-identity-data';
import { Observable } from 'rxjs';

/**
 * Ideas: drafts, edits, submitting, withdrawing, co-authors and the organisers' status
 * changes; and the challenge an idea belongs to (for its form and licence). Every call
 * leaves its errors to the page (no toast).
 */
@Injectable({ providedIn: 'root' })
export class IdeasApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  challenge(challengeId: string): Observable<ChallengeDetail> {
    return this.http.get<ChallengeDetail>(`${this.api}/challenges/${segment(challengeId)}`, ownErrors());
  }

  /** Starts a private draft; only the title is needed. */
  create(challengeId: string, input: Partial<IdeaInput> & Pick<IdeaInput, 'title'>): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(`${this.api}/challenges/${segment(challengeId)}/ideas`, input, ownErrors());
  }

  get(ideaId: string): Observable<IdeaDetail> {
    return this.http.get<IdeaDetail>(this.of(ideaId), ownErrors());
  }

  update(ideaId: string, changes: Partial<IdeaInput>): Observable<IdeaDetail> {
    return this.http.patch<IdeaDetail>(this.of(ideaId), changes, ownErrors());
  }

  /** Fails with 400 on `acceptLicenceVersion` when the licence is not yet accepted, and on `fields.<key>`. */
  submit(ideaId: string, input: SubmitIdeaInput): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(`${this.of(ideaId)}/submission`, input, ownErrors());
  }

  withdraw(ideaId: string): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(`${this.of(ideaId)}/withdrawal`, {}, ownErrors());
  }

  setStatus(ideaId: string, input: IdeaStatusInput): Observable<IdeaDetail> {
    return this.http.put<IdeaDetail>(`${this.of(ideaId)}/status`, input, ownErrors());
  }

  inviteCoAuthor(ideaId: string, email: string): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(`${this.of(ideaId)}/co-author-invitations`, { email }, ownErrors());
  }

  answerInvitation(invitationId: string, answer: 'accept' | 'decline'): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(
      `${this.api}/co-author-invitations/${segment(invitationId)}/answer`,
      { answer },
      ownErrors(),
    );
  }

  /** Says this idea builds on another of its challenge (`true`), or no longer (`false`). */
  buildOn(ideaId: string, buildsOnId: string, linked: boolean): Observable<IdeaDetail> {
    const url = `${this.of(ideaId)}/builds-on/${segment(buildsOnId)}`;
    return putOrDelete<IdeaDetail>(this.http, url, linked);
  }

  /** A page of a challenge's ideas as the caller may see them; `key` for an unlisted challenge. */
  list(challengeId: string, query: IdeaListQuery, key: string | null = null): Observable<CursorPage<IdeaSummary>> {
    return this.http.get<CursorPage<IdeaSummary>>(`${this.api}/challenges/${segment(challengeId)}/ideas`, {
      ...ownErrors(),
      params: paramsOf({ ...query, key }),
    });
  }

  /** Ideas of the challenge like the words being typed, best first; `except` leaves out the idea being edited. */
  similar(challengeId: string, text: string, except: string | null): Observable<IdeaSummary[]> {
    return this.http.get<IdeaSummary[]>(`${this.api}/challenges/${segment(challengeId)}/ideas/similar`, {
      ...ownErrors(),
      params: paramsOf({ text, except }),
    });
  }

  /** My ideas across challenges, newest first. */
  mine(cursor: string | null): Observable<CursorPage<MyIdea>> {
    return this.http.get<CursorPage<MyIdea>>(`${this.api}/me/ideas`, { ...ownErrors(), params: paramsOf({ cursor }) });
  }

  private of(ideaId: string): string {
    return `${this.api}/ideas/${segment(ideaId)}`;
  }
}

/** Query parameters without the empty ones. */
function paramsOf(values: Record<string, string | number | null | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(name, value);
  }
  return params;
}
