import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MergeAnswerInput, MergeProposalInput, MergeProposalView } from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

/** Merging duplicate ideas with the consent of both: proposals and the authors' answers. */
@Injectable({ providedIn: 'root' })
export class MergeProposalsApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  about(ideaId: string): Observable<MergeProposalView[]> {
    return this.http.get<MergeProposalView[]>(`${this.api}/ideas/${segment(ideaId)}/merge-proposals`, ownErrors());
  }

  /** Proposes to merge `ideaId` (the duplicate) into `input.intoIdeaId`. */
  propose(ideaId: string, input: MergeProposalInput): Observable<MergeProposalView> {
    return this.http.post<MergeProposalView>(
      `${this.api}/ideas/${segment(ideaId)}/merge-proposals`,
      input,
      ownErrors(),
    );
  }

  answer(proposalId: string, input: MergeAnswerInput): Observable<MergeProposalView> {
    return this.http.post<MergeProposalView>(
      `${this.api}/merge-proposals/${segment(proposalId)}/answer`,
      input,
      ownErrors(),
    );
  }
}
