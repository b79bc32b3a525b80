import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart'; // adds request.file() to Fastify's types
import { ProblemException } from '@crowdforge/api-platform';
import { MAX_UPLOAD } from '@crowdforge/contracts';

export interface Upload {
  data: Buffer;
  /** As the client named it: shown after cleaning, never used to store or to decide the type. */
  declaredName: string;
}

const MULTIPART_PROBLEMS: Record<string, [number, string]> = {
  FST_REQ_FILE_TOO_LARGE: [413, `The file is larger than ${MAX_UPLOAD / 1024 / 1024} MB.`],
  FST_FILES_LIMIT: [400, 'Send one file at a time.'],
  FST_PARTS_LIMIT: [400, 'Send one file at a time.'],
  FST_FIELDS_LIMIT: [400, 'Send only the file.'],
};

const ONE_FILE = 'Send one file, in a form field named "file".';

/** The one file of a `multipart/form-data` request, in a part named `file`; anything more is refused. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart())
    throw new ProblemException(415, 'unsupported_media_type', 'Send the file as multipart/form-data.');
  let upload: Upload | null = null;
  try {
    for await (const part of request.parts()) {
      if (upload || part.type !== 'file' || part.fieldname !== 'file')
        throw new ProblemException(400, 'bad_request', ONE_FILE);
      upload = { data: await part.toBuffer(), declaredName: part.filename };
    }
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    const known = MULTIPART_PROBLEMS[(error as { code?: string }).code ?? ''];
    if (known) throw new ProblemException(known[0], known[0] === 413 ? 'payload_too_large' : 'bad_request', known[1]);
    throw new ProblemException(
      400,
      'bad_request',
      'The upload could not be read: send one file as multipart/form-data.',
    );
  }
  if (!upload) throw new ProblemException(400, 'bad_request', ONE_FILE);
  return upload;
}
