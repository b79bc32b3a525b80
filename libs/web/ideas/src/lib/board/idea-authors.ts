import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { IdeaAuthor } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/** An idea's authors, comma-separated; a named author narrows the board to their ideas. */
@Component({
  selector: 'cf-idea-authors',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'idea-card-authors' },
  template: `
    @for (author of authors(); track $index) {
      @if (author.id; as authorId) {
        <button
          type="button"
          class="cf-link-button"
          (click)="filter.emit(authorId)"
          [attr.aria-label]="'ideas.board.byAuthor' | transloco: { name: author.name }"
        >
          {{ author.name }}</button
        >{{ $last ? '' : ',' }}
      } @else {
        <span>{{ 'ideas.page.anonymous' | transloco }}</span
        >{{ $last ? '' : ',' }}
      }
    }
  `,
})
export class IdeaAuthors {
  readonly authors = input.required<IdeaAuthor[]>();
  /** The id of the author chosen. */
  readonly filter = output<string>();
}
