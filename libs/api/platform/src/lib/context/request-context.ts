import { Injectable } from '@nestjs/common';
import { ClsService, type ClsStore } from 'nestjs-cls';

export interface RequestContextStore extends ClsStore {
  requestId?: string;
  ip?: string;
  userAgent?: string;
  actorId?: string;
}

/** Who is calling and from where, for the current request (empty outside one). */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  get requestId(): string | undefined {
    return this.read('requestId');
  }

  get ip(): string | undefined {
    return this.read('ip');
  }

  get userAgent(): string | undefined {
    return this.read('userAgent');
  }

  get actorId(): string | undefined {
    return this.read('actorId');
  }

  setActor(actorId: string): void {
    if (this.cls.isActive()) this.cls.set('actorId', actorId);
  }

  private read<K extends keyof RequestContextStore>(key: K): RequestContextStore[K] | undefined {
    return this.cls.isActive() ? this.cls.get(key) : undefined;
  }
}
