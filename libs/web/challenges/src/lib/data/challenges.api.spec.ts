import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aDetail, aPage } from '../../testing/challenge-fixtures';
import { ChallengesApi } from './challenges.api';

describe('ChallengesApi', () => {
  let api: ChallengesApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ChallengesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists challenges with only the filters that are set', async () => {
    const answer = firstValueFrom(
      api.list({
        q: 'tea bags',
        stage: 'open',
        theme: undefined,
        organisationId: '',
        sort: 'newest',
        limit: 12,
        offset: 24,
      }),
    );
    const request = backend.expectOne((r) => r.url === '/api/v1/challenges');

    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['limit', 'offset', 'q', 'sort', 'stage']);
    expect(request.request.params.get('q')).toBe('tea bags');
    expect(request.request.params.get('offset')).toBe('24');
    request.flush(aPage([]));
    expect((await answer).total).toBe(0);
  });

  it('reads one challenge, passing the secret key of an unlisted link on', () => {
    api.get('ch/1', 'secret').subscribe();
    const request = backend.expectOne((r) => r.url === '/api/v1/challenges/ch%2F1');
    expect(request.request.params.get('key')).toBe('secret');
    request.flush(aDetail());

    api.get('ch-2').subscribe();
    expect(backend.expectOne('/api/v1/challenges/ch-2').request.params.has('key')).toBe(false);
  });

  it('creates drafts in an organisation and saves changes to a challenge', () => {
    api.create('org-1', { title: 'Tea' }).subscribe();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/organisations/org-1/challenges' });
    expect(create.request.body).toEqual({ title: 'Tea' });
    create.flush(aDetail());

    api.update('ch-1', { tagline: 'Less plastic', changeSummary: 'Shorter tagline' }).subscribe();
    const update = backend.expectOne({ method: 'PATCH', url: '/api/v1/challenges/ch-1' });
    expect(update.request.body).toEqual({ tagline: 'Less plastic', changeSummary: 'Shorter tagline' });
    update.flush(aDetail());
  });

  it('publishes, opens and closes windows, joins and lists revisions', () => {
    api.publish('ch-1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/publish' }).flush(aDetail());

    api.setWindow('ch-1', 'voting', 'open').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/windows/voting/open' }).flush(aDetail());
    api.setWindow('ch-1', 'submission', 'close').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/windows/submission/close' }).flush(aDetail());

    api.join('ch-1', { answers: { adult: true }, acceptLicenceVersion: 2 }).subscribe();
    const join = backend.expectOne({ method: 'POST', url: '/api/v1/challenges/ch-1/participation' });
    expect(join.request.body).toEqual({ answers: { adult: true }, acceptLicenceVersion: 2 });
    join.flush(aDetail());

    api.revisions('ch-1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/v1/challenges/ch-1/revisions' }).flush([]);
  });
});
