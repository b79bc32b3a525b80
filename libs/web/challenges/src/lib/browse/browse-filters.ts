import { type ParamMap } from '@angular/router';
import {
  CHALLENGE_SORTS,
  CHALLENGE_STAGES,
  type ChallengeQuery,
  type ChallengeSort,
  type ChallengeStage,
} from '@crowdforge/contracts';

/** What the browse page shows, as kept in its URL (`?q=&stage=&organisationId=&theme=&sort=`). */
export interface BrowseFilters {
  q: string;
  stage: ChallengeStage | null;
  organisationId: string | null;
  theme: string | null;
  sort: ChallengeSort | null;
}

export const NO_FILTERS: BrowseFilters = { q: '', stage: null, organisationId: null, theme: null, sort: null };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

export function filtersFrom(params: ParamMap): BrowseFilters {
  return {
    q: params.get('q')?.trim() ?? '',
    stage: oneOf(CHALLENGE_STAGES, params.get('stage')),
    organisationId: params.get('organisationId') || null,
    theme: params.get('theme') || null,
    sort: oneOf(CHALLENGE_SORTS, params.get('sort')),
  };
}

/** Best match while searching, else the newest first. */
export function sortOf(filters: BrowseFilters): ChallengeSort {
  return filters.sort ?? (filters.q ? 'relevance' : 'newest');
}

export function queryOf(filters: BrowseFilters, limit: number, offset: number): ChallengeQuery {
  return {
    q: filters.q || undefined,
    stage: filters.stage ?? undefined,
    organisationId: filters.organisationId ?? undefined,
    theme: filters.theme ?? undefined,
    sort: sortOf(filters),
    limit,
    offset,
  };
}

export function hasFilters(filters: BrowseFilters): boolean {
  return Boolean(filters.q || filters.stage || filters.organisationId || filters.theme);
}
