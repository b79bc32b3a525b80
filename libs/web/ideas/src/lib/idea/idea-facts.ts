import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChallengeDetail, IdeaDetail, IdeaFieldValue } from '@crowdforge/contracts';
import { LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { AttachmentList } from '../attachments/attachment-list';

/** The idea's answers to the challenge's own fields (by their labels), its tags and authors. */
@Component({
  selector: 'cf-idea-facts',
  imports: [AttachmentList, LocalDatePipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = idea();
    <dl class="facts">
      @for (answer of answers(); track answer.key) {
        <div [attr.data-testid]="'idea-value-' + answer.key">
          <dt>{{ answer.label }}</dt>
          @if (answer.file; as file) {
            <dd><cf-attachment-list [ideaId]="item.id" [attachments]="[file]" /></dd>
          } @else {
            <dd>{{ answer.text }}</dd>
          }
        </div>
      }
      <div data-testid="idea-authors">
        <dt>{{ 'ideas.page.authors' | transloco }}</dt>
        <dd>
          @for (author of item.authors; track $index) {
            <span class="author">{{ author.id === null ? ('ideas.page.anonymous' | transloco) : author.name }}</span>
          }
        </dd>
      </div>
      @if (item.submittedAt) {
        <div data-testid="idea-submitted">
          <dt>{{ 'ideas.page.submitted' | transloco }}</dt>
          <dd>
            {{ item.submittedAt | cfDate: 'date' }}
            @if (item.edited) {
              <span class="edited" data-testid="idea-edited">{{ 'ideas.page.edited' | transloco }}</span>
            }
          </dd>
        </div>
      }
      @if (item.tags.length > 0) {
        <div>
          <dt>{{ 'ideas.fields.tags' | transloco }}</dt>
          <dd>
            <ul class="tags" data-testid="idea-tags">
              @for (tag of item.tags; track tag) {
                <li>{{ tag }}</li>
              }
            </ul>
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      gap: var(--cf-space-3);
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: var(--cf-space-1) 0 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .author + .author::before {
      content: ', ';
    }
    .edited {
      margin-inline-start: var(--cf-space-2);
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cf-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tags li {
      padding: 2px var(--cf-space-2);
      border-radius: var(--cf-radius-pill);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class IdeaFacts {
  readonly idea = input.required<IdeaDetail>();
  /** For the labels of the custom fields; null while it loads (or when it cannot be read). */
  readonly challenge = input<ChallengeDetail | null>(null);

  /** Filled custom fields in the order of the challenge's idea form; file fields with their file. */
  protected readonly answers = computed(() => {
    const { fields: values, attachments } = this.idea();
    return (this.challenge()?.ideaForm ?? [])
      .filter((field) => values[field.key] !== undefined)
      .map((field) => ({
        key: field.key,
        label: field.label,
        text: asText(values[field.key]),
        file: field.kind === 'file' ? (attachments.find((file) => file.field === field.key) ?? null) : null,
      }));
  });
}

function asText(value: IdeaFieldValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
