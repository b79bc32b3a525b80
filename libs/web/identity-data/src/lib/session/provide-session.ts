import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Starts asking who is signed in as the app starts, without waiting for the answer: the
 * first render never depends on the API. Guards wait for the answer where it matters.
 */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      void inject(SessionStore).load();
    }),
  ]);
}
