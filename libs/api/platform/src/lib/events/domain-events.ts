import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';

/** Something that happened in a domain; other domains react with `@OnEvent(EventClass.type)`. */
export abstract class DomainEvent {
  abstract readonly type: string;
  constructor(readonly occurredAt: Date) {}
}

/**
 * The in-process event bus. Publish after the transaction that made the
 * change has committed; listeners that must not be lost enqueue a job.
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly emitter: EventEmitter2) {}

  async publish(event: DomainEvent): Promise<void> {
    await this.emitter.emitAsync(event.type, event);
  }
}
