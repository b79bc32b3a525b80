import { convertToParamMap } from '@angular/router';
import { boardParamsOf, boardQueryOf } from './board-query';

describe('the board query in the address', () => {
  it('keeps what the API takes and drops the rest', () => {
    expect(
      boardQueryOf(
        convertToParamMap({
          sort: 'loudest',
          status: 'shortlisted',
          tag: ' Packaging ',
          q: 'x'.repeat(201),
          author: 'not-an-id',
          view: 'list',
        }),
      ),
    ).toEqual({ sort: 'newest', view: 'list', status: 'shortlisted', tag: 'packaging' });
  });

  it('leaves defaults and cleared filters out of the address', () => {
    expect(boardParamsOf({ sort: 'newest', view: 'cards', q: '', tag: undefined, authorId: 'a' })).toEqual({
      sort: null,
      view: null,
      q: null,
      tag: null,
      author: 'a',
    });
    expect(boardParamsOf({ sort: 'discussed', status: 'selected' })).toEqual({ sort: 'discussed', status: 'selected' });
  });
});
