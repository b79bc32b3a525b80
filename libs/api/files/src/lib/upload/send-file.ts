import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import type { OpenedFile } from '../attachments.service';

/**
 * Sends a stored file so that no browser runs it: the sniffed type with `nosniff`, documents as
 * downloads, and a sandboxing policy in case one is opened directly anyway.
 */
export function sendFile(reply: FastifyReply, file: OpenedFile): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', contentDisposition(file.name, { type: file.inline ? 'inline' : 'attachment' }))
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=300')
    .send(file.stream);
}
