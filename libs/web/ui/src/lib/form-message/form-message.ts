import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Alert } from '../alert/alert';

/** A message for a whole form: a text written for people (e.g. from the API), or a translation key. */
export interface FormMessage {
  text?: string | null;
  key?: string | null;
  params?: Record<string, unknown>;
}

/**
 * Shows a form's error above its fields as an alert (announced at once); nothing when
 * `message` is null. Extra content (e.g. a "send a new link" button) is projected.
 */
@Component({
  selector: 'cf-form-message',
  imports: [Alert, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = message();
    @if (current && (current.text || current.key)) {
      <cf-alert kind="error" data-testid="form-error">
        <p>{{ current.text || (current.key ?? '' | transloco: current.params) }}</p>
        <ng-content />
      </cf-alert>
    }
  `,
})
export class FormMessageView {
  readonly message = input<FormMessage | null>(null);
}
