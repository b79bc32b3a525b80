/** A key not used yet in the list: `question-1`, `question-2`, … */
export function nextKey(prefix: string, rows: readonly { key: string }[]): string {
  const taken = new Set(rows.map((row) => row.key));
  let number = rows.length + 1;
  while (taken.has(`${prefix}-${number}`)) {
    number++;
  }
  return `${prefix}-${number}`;
}
