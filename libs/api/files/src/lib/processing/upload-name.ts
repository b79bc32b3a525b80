const MAX_NAME = 120;

/**
 * The name shown for an upload: the last path segment of what the client sent, without control
 * or path characters, ending in the extension of the type its content really has.
 */
export function uploadName(declared: string, extension: string): string {
  const lastSegment = declared.split(/[/\\]/).pop() ?? '';
  const base = lastSegment
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\.[^.]*$/, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME);
  return `${base || 'file'}.${extension}`;
}
