/** Paragraphs of a Markdown section: separated by blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export function replaceParagraph(text: string, index: number, replacement: string): string {
  const paragraphs = paragraphsOf(text);
  paragraphs[index] = replacement.trim();
  return paragraphs.join('\n\n');
}
