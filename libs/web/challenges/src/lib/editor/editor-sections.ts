import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, effect, inject, input } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/** The parts of the editor, in order; each has a card and an entry in the in-page navigation. */
export const EDITOR_SECTIONS = [
  'basics',
  'brief',
  'criteria',
  'licence',
  'people',
  'audience',
  'eligibility',
  'ideaForm',
  'windows',
] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

export const sectionAnchor = (section: EditorSection): string => `editor-${section}`;

/**
 * Re-renders an OnPush part of the form when the form changes from outside it: submitted,
 * errors from the API, rows added elsewhere. Call in a constructor.
 */
export function refreshOnFormEvents(form: () => AbstractControl): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    const subscription = form().events.subscribe(() => changeDetector.markForCheck());
    onCleanup(() => subscription.unsubscribe());
  });
}

/** One card of the editor: its heading and lead, and the fields projected into it. */
@Component({
  selector: 'cf-editor-section',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'cf-card',
    tabindex: '-1',
    '[id]': 'anchor()',
    '[attr.aria-labelledby]': 'anchor() + "-title"',
    role: 'region',
  },
  template: `
    <h2 [id]="anchor() + '-title'">{{ 'challenges.editor.sections.' + section() | transloco }}</h2>
    <p class="lead">{{ 'challenges.editor.leads.' + section() | transloco }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--cf-space-2);
      scroll-margin-block-start: var(--cf-space-4);
    }
    :host:focus {
      outline: none;
    }
    .lead {
      margin: 0 0 var(--cf-space-3);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EditorSectionCard {
  readonly section = input.required<EditorSection>();
  protected readonly anchor = computed(() => sectionAnchor(this.section()));
}
