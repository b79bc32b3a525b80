import { UpperCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { OutboxApi, describeError } from '@crowdforge/web-identity-data/api';
import { EmptyState, ErrorState, LoadingState, LocalDatePipe, PageHeader } from '@crowdforge/web-ui';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';

export const OUTBOX_PAGE_SIZE = 25;

/** Mail that was kept instead of sent (no SMTP server configured), newest first, page by page. */
@Component({
  selector: 'cf-outbox-list-page',
  imports: [
    EmptyState,
    ErrorState,
    LoadingState,
    LocalDatePipe,
    MatAnchor,
    MatIcon,
    PageHeader,
    RouterLink,
    TranslocoPipe,
    UpperCasePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cf-container cf-page">
      <cf-page-header [title]="'admin.outbox.title' | transloco" [lead]="'admin.outbox.lead' | transloco" />
      @if (mail.error()) {
        <cf-error-state [message]="errorText()" (retry)="mail.reload()" />
      } @else if (mail.hasValue() && mail.value(); as page) {
        @if (page.items.length === 0) {
          <cf-empty-state
            icon="outbox"
            [headingLevel]="2"
            [title]="'admin.outbox.emptyTitle' | transloco"
            [message]="'admin.outbox.emptyMessage' | transloco"
          />
        } @else {
          <div class="table-wrap">
            <table class="table" data-testid="outbox-table">
              <caption class="cf-visually-hidden">
                {{
                  'admin.outbox.caption' | transloco
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'admin.outbox.subject' | transloco }}</th>
                  <th scope="col">{{ 'admin.outbox.to' | transloco }}</th>
                  <th scope="col">{{ 'admin.outbox.when' | transloco }}</th>
                  <th scope="col">{{ 'admin.outbox.template' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (item of page.items; track item.id) {
                  <tr data-testid="outbox-row">
                    <td class="subject">
                      <a
                        [routerLink]="['/admin/outbox', item.id]"
                        [queryParams]="offset() ? { offset: offset() } : {}"
                        >{{ item.subject }}</a
                      >
                    </td>
                    <td class="to">{{ item.to }}</td>
                    <td class="when">
                      <time [attr.datetime]="item.createdAt">{{ item.createdAt | cfDate: 'dateTime' }}</time>
                    </td>
                    <td class="template">
                      <code>{{ item.template }}</code> · {{ item.language | uppercase }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <nav class="pager" [attr.aria-label]="'admin.outbox.pages' | transloco">
            <p class="range" data-testid="outbox-range">
              {{
                'admin.outbox.range'
                  | transloco: { from: page.offset + 1, to: page.offset + page.items.length, total: page.total }
              }}
            </p>
            @if (page.offset > 0) {
              <a
                mat-stroked-button
                routerLink="."
                [queryParams]="{ offset: previousOffset() || null }"
                data-testid="outbox-previous"
              >
                <mat-icon svgIcon="chevron_left" aria-hidden="true" />
                {{ 'ui.previous' | transloco }}
              </a>
            }
            @if (page.offset + page.items.length < page.total) {
              <a
                mat-stroked-button
                routerLink="."
                [queryParams]="{ offset: page.offset + pageSize }"
                data-testid="outbox-next"
              >
                {{ 'ui.next' | transloco }}
                <mat-icon svgIcon="chevron_right" iconPositionEnd aria-hidden="true" />
              </a>
            }
          </nav>
        }
      } @else {
        <cf-loading-state />
      }
    </div>
  `,
  styleUrl: './outbox-list-page.scss',
})
export class OutboxListPage {
  private readonly api = inject(OutboxApi);
  private readonly transloco = inject(TranslocoService);

  protected readonly pageSize = OUTBOX_PAGE_SIZE;
  protected readonly offset = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => Math.max(0, Number(params.get('offset')) || 0))),
    { initialValue: 0 },
  );
  protected readonly previousOffset = computed(() => Math.max(0, this.offset() - OUTBOX_PAGE_SIZE));
  protected readonly mail = rxResource({
    params: () => ({ offset: this.offset() }),
    stream: ({ params }) => this.api.list(OUTBOX_PAGE_SIZE, params.offset),
  });

  protected errorText(): string {
    const described = describeError(this.mail.error());
    return described.message ?? this.transloco.translate(described.messageKey ?? 'errors.generic');
  }
}
