import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { SKIP_ERROR_TOAST } from '../http/http-context';

/** Loads `i18n/<lang>.json`, served from the web app's `public/` folder. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(language: string): Observable<Translation> {
    return this.http.get<Translation>(`i18n/${language}.json`, {
      context: new HttpContext().set(SKIP_ERROR_TOAST, true),
    });
  }
}
