import { Injectable, Module } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { startPlatformTestApp, type PlatformTestApp } from '../../testing';
import { DomainEvent, DomainEvents } from './domain-events';

class IdeaSubmitted extends DomainEvent {
  static readonly type = 'idea.submitted';
  readonly type = IdeaSubmitted.type;

  constructor(
    readonly ideaId: string,
    occurredAt: Date,
  ) {
    super(occurredAt);
  }
}

@Injectable()
class SubmissionCounter {
  readonly seen: string[] = [];

  @OnEvent(IdeaSubmitted.type)
  async onSubmitted(event: IdeaSubmitted): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    this.seen.push(event.ideaId);
  }
}

@Module({ providers: [SubmissionCounter] })
class ListenerModule {}

describe('DomainEvents', () => {
  let platform: PlatformTestApp;

  beforeAll(async () => {
    platform = await startPlatformTestApp({ imports: [ListenerModule] });
  });
  afterAll(() => platform.close());

  it('delivers a published event to the listeners of its type, and waits for them', async () => {
    await platform.app.get(DomainEvents).publish(new IdeaSubmitted('idea-1', platform.clock.now()));
    expect(platform.app.get(SubmissionCounter).seen).toEqual(['idea-1']);
  });
});
