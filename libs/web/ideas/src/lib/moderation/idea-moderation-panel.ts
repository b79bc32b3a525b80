import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { IdeaDetail } from '@crowdforge/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { PANEL_STYLES } from '../shared/panel-styles';
import { ModerationButtons, type ModerationTarget } from './moderation-buttons';

/** The moderators' actions on an idea they are reading. */
@Component({
  selector: 'cf-idea-moderation-panel',
  imports: [ModerationButtons, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cf-card" aria-labelledby="idea-moderation-title" data-testid="idea-moderation">
      <h2 id="idea-moderation-title">{{ 'moderation.panel.title' | transloco }}</h2>
      <div class="buttons">
        <cf-moderation-buttons [target]="target()" (decided)="decided.emit()" />
      </div>
    </section>
  `,
  styles: PANEL_STYLES,
})
export class IdeaModerationPanel {
  readonly idea = input.required<IdeaDetail>();
  /** A decision was taken: the idea should be read again. */
  readonly decided = output<void>();

  protected readonly target = computed<ModerationTarget>(() => {
    const idea = this.idea();
    return {
      kind: 'idea',
      objectId: idea.id,
      ideaId: idea.id,
      ideaTitle: idea.title,
      hidden: idea.hidden !== null,
      commentsLocked: idea.commentsLocked,
    };
  });
}
