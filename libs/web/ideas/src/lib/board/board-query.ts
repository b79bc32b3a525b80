import type { ParamMap, Params } from '@angular/router';
import { IDEA_SORTS, IDEA_STATUSES, type IdeaListQuery, type IdeaSort, type IdeaStatus } from '@crowdforge/contracts';

export type BoardView = 'cards' | 'list';

/** What the board shows, as kept in the address bar (so a filtered board can be shared). */
export interface BoardQuery extends IdeaListQuery {
  sort: IdeaSort;
  view: BoardView;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the board's query parameters, dropping whatever the API would refuse. */
export function boardQueryOf(params: ParamMap): BoardQuery {
  const sort = params.get('sort');
  const status = params.get('status');
  const tag = params.get('tag')?.trim().toLowerCase();
  const q = params.get('q')?.trim();
  const author = params.get('author');
  return {
    sort: IDEA_SORTS.includes(sort as IdeaSort) ? (sort as IdeaSort) : 'newest',
    view: params.get('view') === 'list' ? 'list' : 'cards',
    ...(IDEA_STATUSES.includes(status as IdeaStatus) && { status: status as IdeaStatus }),
    ...(tag && tag.length <= 40 && { tag }),
    ...(q && q.length <= 200 && { q }),
    ...(author && UUID.test(author) && { authorId: author }),
  };
}

/** The query parameters for a change of the board's query; defaults are left out of the address. */
export function boardParamsOf(change: Partial<BoardQuery>): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(change)) {
    const param = name === 'authorId' ? 'author' : name;
    const isDefault = (name === 'sort' && value === 'newest') || (name === 'view' && value === 'cards');
    params[param] = value === '' || value === undefined || isDefault ? null : value;
  }
  return params;
}

/** The API's list query: the board's query without how it is drawn. */
export function listQueryOf({ sort, status, tag, q, authorId }: BoardQuery): IdeaListQuery {
  return { sort, status, tag, q, authorId };
}
