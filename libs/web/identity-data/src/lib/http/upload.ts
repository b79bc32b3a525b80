import { HttpClient, HttpEventType, HttpRequest } from '@angular/common/http';
import { filter, map, type Observable } from 'rxjs';
import { ownErrors } from './api-url';

/** Where an upload is: the share of bytes sent (0–1), then the server's answer. */
export type UploadProgress<T> = { state: 'sending'; sent: number } | { state: 'done'; result: T };

/** Sends one file as multipart/form-data (the part named `file`), reporting progress as it goes. */
export function uploadFile<T>(
  http: HttpClient,
  method: 'POST' | 'PUT',
  url: string,
  file: File,
): Observable<UploadProgress<T>> {
  const body = new FormData();
  body.append('file', file, file.name);
  const request = new HttpRequest(method, url, body, { reportProgress: true, ...ownErrors() });
  return http.request<T>(request).pipe(
    filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
    map((event): UploadProgress<T> => {
      if (event.type === HttpEventType.Response) return { state: 'done', result: event.body as T };
      const total = event.type === HttpEventType.UploadProgress ? (event.total ?? file.size) : file.size;
      const loaded = event.type === HttpEventType.UploadProgress ? event.loaded : 0;
      return { state: 'sending', sent: total > 0 ? Math.min(1, loaded / total) : 0 };
    }),
  );
}
