import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ReviewApi } from './review.api';

describe('ReviewApi', () => {
  let api: ReviewApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReviewApi);
    backend = TestBed.inject(HttpTestingController);
  });

  it('escapes ids in paths and builds the export address', () => {
    expect(api.exportUrl('a/b', 'xlsx')).toBe('/api/v1/review-rounds/a%2Fb/export?format=xlsx');
  });

  it('asks for results with the cut-off only when one is given', async () => {
    const withCutoff = firstValueFrom(api.results('r-1', 5));
    backend.expectOne('/api/v1/review-rounds/r-1/results?cutoff=5').flush({ ideas: [] });
    await withCutoff;
    const without = firstValueFrom(api.results('r-1'));
    backend.expectOne('/api/v1/review-rounds/r-1/results').flush({ ideas: [] });
    await without;
  });

  it('sends the reviewers wrapped as the API expects', async () => {
    const saved = firstValueFrom(api.setReviewers('r-1', [{ userId: 'u-2', expertise: ['tea'] }]));
    const request = backend.expectOne('/api/v1/review-rounds/r-1/reviewers');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ reviewers: [{ userId: 'u-2', expertise: ['tea'] }] });
    request.flush([]);
    await saved;
  });
});
