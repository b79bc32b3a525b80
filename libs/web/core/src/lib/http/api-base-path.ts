import { InjectionToken } from '@angular/core';

/** Base path of the API. Web and API share an origin, so it is relative. */
export const API_BASE_PATH = new InjectionToken<string>('API_BASE_PATH', {
  providedIn: 'root',
  factory: () => '/api',
});
