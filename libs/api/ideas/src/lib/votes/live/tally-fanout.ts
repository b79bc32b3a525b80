import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, KeyValueStore, type Unsubscribe } from '@crowdforge/api-platform';
import type { LiveTally } from '@crowdforge/contracts';
import { Observable } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { TALLY_SELECT, tallyFor, type TallyColumns } from '../tallies/tally-view';

/** Someone following some ideas of a challenge, and whether they run it (they see blind tallies). */
interface Watcher {
  ideaIds: ReadonlySet<string>;
  canManage: boolean;
  emit(tallies: LiveTally[]): void;
}

/** The watchers of one challenge on this instance, and its subscription to the recounts of every instance. */
interface Channel {
  watchers: Set<Watcher>;
  subscribed: Promise<Unsubscribe>;
}

const channelOf = (challengeId: string) => `tallies:${challengeId}`;

/**
 * Fans recounted tallies out to the boards that follow them: the instance that recounts announces
 * the ideas on the key-value store's pub/sub (Redis when configured, so every instance hears it);
 * each instance reads those tallies once, for all its watchers of the challenge together, and
 * hands each watcher the ideas it follows. Watchers are authorised before they get here.
 */
@Injectable()
export class TallyFanout {
  private readonly logger = new Logger(TallyFanout.name);
  private readonly channels = new Map<string, Channel>();

  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly store: KeyValueStore,
    private readonly clock: Clock,
  ) {}

  /** Tells the watchers on every instance that these ideas' tallies were recounted (best effort: boards also reload). */
  async announce(challengeId: string, ideaIds: string[]): Promise<void> {
    if (ideaIds.length === 0) return;
    await this.store.publish(channelOf(challengeId), JSON.stringify(ideaIds)).catch((error) => this.failed(error));
  }

  /** The tallies of `ideaIds` as they are now (first) and each time some of them are recounted. */
  watch(challengeId: string, ideaIds: string[], canManage: boolean): Observable<LiveTally[]> {
    return new Observable<LiveTally[]>((subscriber) => {
      const watcher: Watcher = { ideaIds: new Set(ideaIds), canManage, emit: (tallies) => subscriber.next(tallies) };
      const channel = this.join(challengeId, watcher);
      this.tallies(challengeId, ideaIds).then(
        (rows) => deliver(watcher, rows),
        (error: unknown) => subscriber.error(error),
      );
      return () => this.leave(challengeId, channel, watcher);
    });
  }

  private join(challengeId: string, watcher: Watcher): Channel {
    let channel = this.channels.get(challengeId);
    if (!channel) {
      const watchers = new Set<Watcher>();
      const subscribed = this.store.subscribe(
        channelOf(challengeId),
        (message) => void this.recounted(challengeId, watchers, message),
      );
      channel = { watchers, subscribed };
      this.channels.set(challengeId, channel);
    }
    channel.watchers.add(watcher);
    return channel;
  }

  private leave(challengeId: string, channel: Channel, watcher: Watcher): void {
    channel.watchers.delete(watcher);
    if (channel.watchers.size > 0) return;
    if (this.channels.get(challengeId) === channel) this.channels.delete(challengeId);
    channel.subscribed.then((unsubscribe) => unsubscribe()).catch((error: unknown) => this.failed(error));
  }

  /** One read of the recounted ideas that someone here follows, shared by the watchers. */
  private async recounted(challengeId: string, watchers: Set<Watcher>, message: string): Promise<void> {
    try {
      const recounted = new Set(parseIdeaIds(message));
      const followed = [...watchers].flatMap((watcher) => [...watcher.ideaIds].filter((id) => recounted.has(id)));
      if (followed.length === 0) return;
      const rows = await this.tallies(challengeId, [...new Set(followed)]);
      for (const watcher of watchers) deliver(watcher, rows);
    } catch (error) {
      this.failed(error);
    }
  }

  private tallies(challengeId: string, ideaIds: string[]): Promise<LiveTallyRow[]> {
    return this.entityManager
      .createQueryBuilder()
      .select(['i.id AS idea_id', ...TALLY_SELECT])
      .from('ideas', 'i')
      .leftJoin('idea_tallies', 't', 't.idea_id = i.id')
      .where('i.challenge_id = :challengeId AND i.id IN (:...ideaIds)', { challengeId, ideaIds, now: this.clock.now() })
      .getRawMany<LiveTallyRow>();
  }

  private failed(error: unknown): void {
    this.logger.error(`Live tallies: ${String(error)}`);
  }
}

interface LiveTallyRow extends TallyColumns {
  idea_id: string;
}

/** The watcher's ideas among `rows`; a tally blind voting hides from the watcher is not even announced. */
function deliver(watcher: Watcher, rows: LiveTallyRow[]): void {
  const tallies = rows
    .filter((row) => watcher.ideaIds.has(row.idea_id) && (watcher.canManage || !row.tally_blind))
    .map((row) => ({ ideaId: row.idea_id, tally: tallyFor(row, watcher.canManage) }));
  if (tallies.length > 0) watcher.emit(tallies);
}

function parseIdeaIds(message: string): string[] {
  const parsed: unknown = JSON.parse(message);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}
