import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommunityGuidelines,
  FlagState,
  FlagView,
  ModerationDecision,
  ModerationKind,
  ModerationLogPage,
  ModerationQueueItem,
  SuspensionInput,
  SuspensionView,
} from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';

export interface ModerationQueueFilter {
  challengeId?: string;
  state?: FlagState;
  kind?: ModerationKind;
}

const OBJECT_PATHS: Record<ModerationKind, string> = { idea: 'ideas', comment: 'comments' };

/**
 * Flags from the crowd, moderators' decisions and queues, suspensions, the moderation log and
 * the community guidelines. Errors are left to the caller (dialogs and pages show them).
 */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  /** Flagging the same thing again while the flag is open changes nothing. */
  flag(kind: ModerationKind, objectId: string, reason: string): Observable<FlagView> {
    return this.http.put<FlagView>(`${this.object(kind, objectId)}/flag`, { reason }, ownErrors());
  }

  decide(kind: ModerationKind, objectId: string, decision: ModerationDecision): Observable<void> {
    return this.http.post<void>(`${this.object(kind, objectId)}/moderation`, decision, ownErrors());
  }

  queue(organisationId: string, filter: ModerationQueueFilter): Observable<ModerationQueueItem[]> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(filter)) {
      if (value) params = params.set(name, value);
    }
    return this.http.get<ModerationQueueItem[]>(`${this.organisation(organisationId)}/moderation/queue`, {
      ...ownErrors(),
      params,
    });
  }

  /** Newest first, `limit` entries from `offset`. */
  log(organisationId: string, offset = 0, limit = 20): Observable<ModerationLogPage> {
    const params = new HttpParams().set('offset', offset).set('limit', limit);
    return this.http.get<ModerationLogPage>(`${this.organisation(organisationId)}/moderation/log`, {
      ...ownErrors(),
      params,
    });
  }

  suspensions(organisationId: string): Observable<SuspensionView[]> {
    return this.http.get<SuspensionView[]>(`${this.organisation(organisationId)}/suspensions`, ownErrors());
  }

  suspend(organisationId: string, input: SuspensionInput): Observable<SuspensionView> {
    return this.http.post<SuspensionView>(`${this.organisation(organisationId)}/suspensions`, input, ownErrors());
  }

  liftSuspension(organisationId: string, suspensionId: string): Observable<void> {
    return this.http.delete<void>(
      `${this.organisation(organisationId)}/suspensions/${segment(suspensionId)}`,
      ownErrors(),
    );
  }

  guidelines(organisationId: string): Observable<CommunityGuidelines> {
    return this.http.get<CommunityGuidelines>(`${this.organisation(organisationId)}/guidelines`, ownErrors());
  }

  setGuidelines(organisationId: string, markdown: string): Observable<CommunityGuidelines> {
    return this.http.put<CommunityGuidelines>(
      `${this.organisation(organisationId)}/guidelines`,
      { markdown },
      ownErrors(),
    );
  }

  /** The guidelines of the organisation running a challenge; `key` opens an unlisted one. */
  challengeGuidelines(challengeId: string, key?: string | null): Observable<CommunityGuidelines> {
    const params = key ? new HttpParams().set('key', key) : undefined;
    return this.http.get<CommunityGuidelines>(`${this.api}/challenges/${segment(challengeId)}/guidelines`, {
      ...ownErrors(),
      params,
    });
  }

  private object(kind: ModerationKind, objectId: string): string {
    return `${this.api}/${OBJECT_PATHS[kind]}/${segment(objectId)}`;
  }

  private organisation(organisationId: string): string {
    return `${this.api}/organisations/${segment(organisationId)}`;
  }
}
