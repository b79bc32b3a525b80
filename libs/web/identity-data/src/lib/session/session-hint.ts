import { DOCUMENT, Injectable, inject } from '@angular/core';

/** localStorage key remembering that this browser holds a session cookie. */
export const SESSION_HINT_KEY = 'crowdforge.session';

/**
 * The session cookie is httpOnly, so scripts cannot see it. This hint remembers that a
 * sign-in happened in this browser, so anonymous visitors are not asked `GET /session`
 * (an answer of 401 that browsers log as an error) on every page load.
 */
@Injectable({ providedIn: 'root' })
export class SessionHint {
  private readonly storage = storageOf(inject(DOCUMENT));

  present(): boolean {
    try {
      return this.storage?.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      // Without storage we cannot tell: ask the API.
      return true;
    }
  }

  set(): void {
    this.write(() => this.storage?.setItem(SESSION_HINT_KEY, '1'));
  }

  clear(): void {
    this.write(() => this.storage?.removeItem(SESSION_HINT_KEY));
  }

  private write(action: () => void): void {
    try {
      action();
    } catch {
      // Storage can be unavailable (private mode, blocked cookies); the session still works.
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
