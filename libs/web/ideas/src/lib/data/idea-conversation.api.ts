import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommentInput, CommentView, MentionCandidate } from '@crowdforge/contracts';
import { injectApiV1, ownErrors, putOrDelete, segment } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

/**
 * The conversation on an idea: comments and replies, edits and deletions, helpful and official
 * marks, following, and the people who can be mentioned. Errors are left to the page.
 */
@Injectable({ providedIn: 'root' })
export class IdeaConversationApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  comments(ideaId: string): Observable<CommentView[]> {
    return this.http.get<CommentView[]>(`${this.idea(ideaId)}/comments`, ownErrors());
  }

  add(ideaId: string, input: CommentInput): Observable<CommentView> {
    return this.http.post<CommentView>(`${this.idea(ideaId)}/comments`, input, ownErrors());
  }

  edit(commentId: string, body: string): Observable<CommentView> {
    return this.http.patch<CommentView>(this.comment(commentId), { body }, ownErrors());
  }

  remove(commentId: string): Observable<void> {
    return this.http.delete<void>(this.comment(commentId), ownErrors());
  }

  markHelpful(commentId: string, helpful: boolean): Observable<CommentView> {
    const url = `${this.comment(commentId)}/helpful`;
    return putOrDelete<CommentView>(this.http, url, helpful);
  }

  markOfficial(commentId: string): Observable<CommentView> {
    return this.http.put<CommentView>(`${this.comment(commentId)}/official`, {}, ownErrors());
  }

  follow(ideaId: string, following: boolean): Observable<void> {
    const url = `${this.idea(ideaId)}/follow`;
    return putOrDelete<void>(this.http, url, following);
  }

  /** People who can see the idea whose name starts with `prefix`, those in the conversation first. */
  mentionCandidates(ideaId: string, prefix: string): Observable<MentionCandidate[]> {
    return this.http.get<MentionCandidate[]>(`${this.idea(ideaId)}/mention-candidates`, {
      ...ownErrors(),
      params: new HttpParams().set('q', prefix),
    });
  }

  private idea(ideaId: string): string {
    return `${this.api}/ideas/${segment(ideaId)}`;
  }

  private comment(commentId: string): string {
    return `${this.api}/comments/${segment(commentId)}`;
  }
}
