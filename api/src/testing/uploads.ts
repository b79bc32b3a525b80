import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SignedInPerson } from './people';

export interface UploadedFile {
  data: Buffer;
  name: string;
  /** What the client claims; the API never believes it. */
  type?: string;
}

/** A multipart/form-data body as a browser sends it, one part per file. */
export async function multipartBody(
  files: UploadedFile[],
  fieldName = 'file',
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const file of files) {
    form.append(
      fieldName,
      new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  }
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? '',
  };
}

/** Uploads `file` to `url` (under /api/v1) as `person`. */
export function uploader(app: NestFastifyApplication) {
  return async (person: SignedInPerson | undefined, method: 'POST' | 'PUT', url: string, file: UploadedFile) => {
    const { payload, contentType } = await multipartBody([file]);
    return app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(person?.headers ?? {}), 'content-type': contentType },
      payload,
    });
  };
}
