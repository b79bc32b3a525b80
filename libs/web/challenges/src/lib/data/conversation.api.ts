import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AmendmentInput,
  AmendmentView,
  AnnouncementView,
  ChallengeDetail,
  ChallengeQuestionView,
  ChallengeRevisionDetail,
  CloseChallengeInput,
} from '@crowdforge/contracts';
import { injectApiV1, ownErrors, putOrDelete, segment } from '@crowdforge/web-identity-data';
import { Observable } from 'rxjs';

/** The conversation about a brief: questions, amendments, announcements, revisions, following, closing. */
@Injectable({ providedIn: 'root' })
export class ConversationApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  questions(challengeId: string): Observable<ChallengeQuestionView[]> {
    return this.http.get<ChallengeQuestionView[]>(this.of(challengeId, 'questions'), ownErrors());
  }

  ask(challengeId: string, body: string): Observable<ChallengeQuestionView> {
    return this.http.post<ChallengeQuestionView>(this.of(challengeId, 'questions'), { body }, ownErrors());
  }

  answer(challengeId: string, questionId: string, body: string): Observable<ChallengeQuestionView> {
    return this.http.put<ChallengeQuestionView>(
      this.of(challengeId, `questions/${segment(questionId)}/answer`),
      { body },
      ownErrors(),
    );
  }

  amendments(challengeId: string): Observable<AmendmentView[]> {
    return this.http.get<AmendmentView[]>(this.of(challengeId, 'amendments'), ownErrors());
  }

  suggest(challengeId: string, input: AmendmentInput): Observable<AmendmentView> {
    return this.http.post<AmendmentView>(this.of(challengeId, 'amendments'), input, ownErrors());
  }

  accept(challengeId: string, amendmentId: string, response: string): Observable<AmendmentView> {
    return this.http.post<AmendmentView>(
      this.of(challengeId, `amendments/${segment(amendmentId)}/accept`),
      response ? { response } : {},
      ownErrors(),
    );
  }

  decline(challengeId: string, amendmentId: string, response: string): Observable<AmendmentView> {
    return this.http.post<AmendmentView>(
      this.of(challengeId, `amendments/${segment(amendmentId)}/decline`),
      { response },
      ownErrors(),
    );
  }

  announcements(challengeId: string): Observable<AnnouncementView[]> {
    return this.http.get<AnnouncementView[]>(this.of(challengeId, 'announcements'), ownErrors());
  }

  announce(challengeId: string, title: string, body: string): Observable<AnnouncementView> {
    return this.http.post<AnnouncementView>(this.of(challengeId, 'announcements'), { title, body }, ownErrors());
  }

  revision(challengeId: string, number: number): Observable<ChallengeRevisionDetail> {
    return this.http.get<ChallengeRevisionDetail>(this.of(challengeId, `revisions/${number}`), ownErrors());
  }

  follow(challengeId: string, following: boolean): Observable<void> {
    const url = this.of(challengeId, 'follow');
    return putOrDelete<void>(this.http, url, following);
  }

  close(challengeId: string, input: CloseChallengeInput): Observable<ChallengeDetail> {
    return this.http.post<ChallengeDetail>(this.of(challengeId, 'close'), input, ownErrors());
  }

  private of(challengeId: string, path: string): string {
    return `${this.api}/challenges/${segment(challengeId)}/${path}`;
  }
}
