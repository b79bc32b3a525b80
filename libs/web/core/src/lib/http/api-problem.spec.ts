import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { isApiProblem, problemFrom } from './api-problem';

describe('api problem helpers', () => {
  const problem = {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: 'No such challenge.',
    code: 'not_found',
  };

  it('recognises problem details', () => {
    expect(isApiProblem(problem)).toBe(true);
    expect(isApiProblem({ message: 'nope' })).toBe(false);
    expect(isApiProblem(null)).toBe(false);
  });

  it('reads the problem from an HTTP error', () => {
    expect(problemFrom(new HttpErrorResponse({ error: problem, status: 404 }))).toEqual(problem);
    expect(
      problemFrom(
        new HttpErrorResponse({
          error: JSON.stringify(problem),
          status: 404,
          headers: new HttpHeaders({ 'Content-Type': 'application/problem+json' }),
        }),
      ),
    ).toEqual(problem);
    expect(problemFrom(new HttpErrorResponse({ error: 'oops', status: 500 }))).toBeNull();
    expect(problemFrom(new Error('not http'))).toBeNull();
  });
});
