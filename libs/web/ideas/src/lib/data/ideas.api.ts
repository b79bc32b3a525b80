import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChallengeDetail, IdeaDetail, IdeaInput, IdeaStatusInput, SubmitIdeaInput } from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';
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

  private of(ideaId: string): string {
    return `${this.api}/ideas/${segment(ideaId)}`;
  }
}
