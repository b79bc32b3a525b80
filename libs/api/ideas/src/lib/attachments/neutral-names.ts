/**
 * A file's name may carry its author's: to a blind reviewer the idea's files go by their place on
 * it, oldest first ("Attachment 2.pdf"), keeping the extension.
 */
export function neutralName(index: number, name: string): string {
  const extension = /\.[a-z0-9]{1,8}$/i.exec(name)?.[0].toLowerCase() ?? '';
  return `Attachment ${index + 1}${extension}`;
}

/** The idea's files, in their order, under neutral names. */
export function withNeutralNames<File extends { name: string }>(files: File[]): File[] {
  return files.map((file, index) => ({ ...file, name: neutralName(index, file.name) }));
}
