import { type ResourceRef, type Signal, computed, linkedSignal, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { CursorPage } from '@crowdforge/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

export interface KeysetPages<T> {
  /** The first page, as a resource (loading, error, reload). */
  first: ResourceRef<CursorPage<T> | undefined>;
  items: Signal<T[]>;
  hasMore: Signal<boolean>;
  loadingMore: Signal<boolean>;
  moreError: Signal<unknown>;
  loadMore(): Promise<void>;
}

/**
 * A list read page by page with "load more": the first page follows `params` (a change starts
 * over), later pages are appended. A page that arrives after `params` changed is dropped.
 * Call it in an injection context.
 */
export function keysetPages<P extends object, T>(options: {
  params: () => P | undefined;
  load: (params: P, cursor: string | null) => Observable<CursorPage<T>>;
}): KeysetPages<T> {
  const first = rxResource({ params: options.params, stream: ({ params }) => options.load(params, null) });
  const pages = linkedSignal<CursorPage<T>[]>(() => (first.hasValue() ? [first.value()] : []));
  const loadingMore = signal(false);
  const moreError = signal<unknown>(null);

  async function loadMore(): Promise<void> {
    const params = untracked(options.params);
    const loaded = untracked(pages);
    const cursor = loaded.at(-1)?.nextCursor;
    if (!params || !cursor || untracked(loadingMore)) return;
    loadingMore.set(true);
    moreError.set(null);
    try {
      const next = await firstValueFrom(options.load(params, cursor));
      if (untracked(pages)[0] === loaded[0]) pages.update((current) => [...current, next]);
    } catch (error) {
      moreError.set(error);
    } finally {
      loadingMore.set(false);
    }
  }

  return {
    first,
    items: computed(() => pages().flatMap((page) => page.items)),
    hasMore: computed(() => Boolean(pages().at(-1)?.nextCursor)),
    loadingMore: loadingMore.asReadonly(),
    moreError: moreError.asReadonly(),
    loadMore,
  };
}
