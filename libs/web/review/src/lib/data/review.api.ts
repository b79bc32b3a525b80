import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConflictInput,
  ConflictOutcome,
  ImplementationInput,
  ImplementationUpdateInput,
  ImplementationView,
  MilestoneInput,
  ReviewDecisionInput,
  ReviewInput,
  ReviewOutcome,
  ReviewQueueItem,
  ReviewRoundInput,
  ReviewRoundView,
  ReviewView,
  RoundResults,
  RoundReviewerInput,
  RoundReviewerView,
  ShortlistInput,
  ShortlistedIdeaView,
} from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

export type ResultsExportFormat = 'csv' | 'xlsx';

/** Review rounds, the reviewer's workspace, decisions and their outcomes, and implementation tracking. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  // Rounds (the challenge's organisers)

  rounds(challengeId: string): Observable<ReviewRoundView[]> {
    return this.http.get<ReviewRoundView[]>(`${this.api}/challenges/${segment(challengeId)}/review-rounds`);
  }

  createRound(challengeId: string, input: ReviewRoundInput): Observable<ReviewRoundView> {
    return this.http.post<ReviewRoundView>(
      `${this.api}/challenges/${segment(challengeId)}/review-rounds`,
      input,
      ownErrors(),
    );
  }

  round(roundId: string): Observable<ReviewRoundView> {
    return this.http.get<ReviewRoundView>(this.roundUrl(roundId));
  }

  updateRound(roundId: string, input: ReviewRoundInput): Observable<ReviewRoundView> {
    return this.http.put<ReviewRoundView>(this.roundUrl(roundId), input, ownErrors());
  }

  shortlist(roundId: string): Observable<ShortlistedIdeaView[]> {
    return this.http.get<ShortlistedIdeaView[]>(`${this.roundUrl(roundId)}/shortlist`);
  }

  setShortlist(roundId: string, input: ShortlistInput): Observable<ShortlistedIdeaView[]> {
    return this.http.put<ShortlistedIdeaView[]>(`${this.roundUrl(roundId)}/shortlist`, input, ownErrors());
  }

  reviewers(roundId: string): Observable<RoundReviewerView[]> {
    return this.http.get<RoundReviewerView[]>(`${this.roundUrl(roundId)}/reviewers`);
  }

  setReviewers(roundId: string, reviewers: RoundReviewerInput[]): Observable<RoundReviewerView[]> {
    return this.http.put<RoundReviewerView[]>(`${this.roundUrl(roundId)}/reviewers`, { reviewers }, ownErrors());
  }

  /** Assigns the reviewers and opens the round; a 422 says why assignment is impossible. */
  open(roundId: string): Observable<ReviewRoundView> {
    return this.http.post<ReviewRoundView>(`${this.roundUrl(roundId)}/opening`, {}, ownErrors());
  }

  close(roundId: string): Observable<ReviewRoundView> {
    return this.http.post<ReviewRoundView>(`${this.roundUrl(roundId)}/closing`, {}, ownErrors());
  }

  // Results and decisions (the challenge's organisers)

  results(roundId: string, cutoff?: number): Observable<RoundResults> {
    const params: Record<string, number> = cutoff === undefined ? {} : { cutoff };
    return this.http.get<RoundResults>(`${this.roundUrl(roundId)}/results`, { params });
  }

  /** Where the browser downloads the round's results (the session cookie goes along). */
  exportUrl(roundId: string, format: ResultsExportFormat): string {
    return `${this.roundUrl(roundId)}/export?format=${format}`;
  }

  decide(roundId: string, ideaId: string, input: ReviewDecisionInput): Observable<RoundResults> {
    return this.http.put<RoundResults>(`${this.roundUrl(roundId)}/decisions/${segment(ideaId)}`, input, ownErrors());
  }

  /** What the idea's authors are told of each round. */
  outcomes(ideaId: string): Observable<ReviewOutcome[]> {
    return this.http.get<ReviewOutcome[]>(`${this.ideaUrl(ideaId)}/review-outcomes`);
  }

  // The reviewer's workspace

  queue(): Observable<ReviewQueueItem[]> {
    return this.http.get<ReviewQueueItem[]>(`${this.api}/me/reviews`);
  }

  review(reviewId: string): Observable<ReviewView> {
    return this.http.get<ReviewView>(this.reviewUrl(reviewId));
  }

  saveDraft(reviewId: string, input: ReviewInput): Observable<ReviewView> {
    return this.http.put<ReviewView>(this.reviewUrl(reviewId), input, ownErrors());
  }

  /** Checks the scores against the scorecard; a 400 names each field at fault. */
  submit(reviewId: string, input: ReviewInput): Observable<ReviewView> {
    return this.http.post<ReviewView>(`${this.reviewUrl(reviewId)}/submission`, input, ownErrors());
  }

  declareConflict(reviewId: string, input: ConflictInput): Observable<ConflictOutcome> {
    return this.http.post<ConflictOutcome>(`${this.reviewUrl(reviewId)}/conflict`, input, ownErrors());
  }

  // Implementation tracking (public to whoever sees the idea)

  implementation(ideaId: string): Observable<ImplementationView> {
    return this.http.get<ImplementationView>(`${this.ideaUrl(ideaId)}/implementation`);
  }

  updateImplementation(ideaId: string, input: ImplementationInput): Observable<ImplementationView> {
    return this.http.put<ImplementationView>(`${this.ideaUrl(ideaId)}/implementation`, input, ownErrors());
  }

  addMilestone(ideaId: string, input: MilestoneInput): Observable<ImplementationView> {
    return this.http.post<ImplementationView>(`${this.ideaUrl(ideaId)}/implementation/milestones`, input, ownErrors());
  }

  updateMilestone(ideaId: string, milestoneId: string, input: MilestoneInput): Observable<ImplementationView> {
    return this.http.put<ImplementationView>(
      `${this.ideaUrl(ideaId)}/implementation/milestones/${segment(milestoneId)}`,
      input,
      ownErrors(),
    );
  }

  postUpdate(ideaId: string, input: ImplementationUpdateInput): Observable<ImplementationView> {
    return this.http.post<ImplementationView>(`${this.ideaUrl(ideaId)}/implementation/updates`, input, ownErrors());
  }

  private roundUrl(roundId: string): string {
    return `${this.api}/review-rounds/${segment(roundId)}`;
  }

  private reviewUrl(reviewId: string): string {
    return `${this.api}/reviews/${segment(reviewId)}`;
  }

  private ideaUrl(ideaId: string): string {
    return `${this.api}/ideas/${segment(ideaId)}`;
  }
}
