import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { OutboxApi, describeError } from '@crowdforge/web-identity-data/api';
import { ErrorState, LoadingState, LocalDatePipe } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { linkify } from './linkify';

/**
 * One kept mail: who it was for, its plain text (links clickable) and its HTML. The HTML is
 * shown only inside a sandboxed iframe (no scripts, no same-origin access), never in the page.
 */
@Component({
  selector: 'cf-outbox-message-page',
  imports: [ErrorState, LoadingState, LocalDatePipe, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outbox-message-page.html',
  styleUrl: './outbox-message-page.scss',
})
export class OutboxMessagePage {
  private readonly api = inject(OutboxApi);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly transloco = inject(TranslocoService);
  private readonly route = inject(ActivatedRoute);

  private readonly id = toSignal(this.route.paramMap.pipe(map((params) => params.get('messageId') ?? '')), {
    initialValue: '',
  });
  protected readonly backOffset = Number(this.route.snapshot.queryParamMap.get('offset')) || null;
  protected readonly message = rxResource({
    params: () => this.id() || undefined,
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly textParts = computed(() =>
    this.message.hasValue() ? linkify(this.message.value()?.text ?? '') : [],
  );
  /**
   * Trusted only as the `srcdoc` of an iframe with an empty `sandbox`: the mail's HTML cannot
   * run scripts, read cookies or reach this page there.
   */
  protected readonly html = computed<SafeHtml | null>(() => {
    const html = this.message.hasValue() ? this.message.value()?.html : null;
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });

  protected errorText(): string {
    const described = describeError(this.message.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }
}
