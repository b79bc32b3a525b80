import { stringify } from 'csv-stringify/sync';
import { asText } from '@crowdforge/api-platform';

export const LEDGER_COLUMNS = ['voter', 'idea_id', 'idea_title', 'value', 'day'] as const;

export interface LedgerRow {
  voter: string;
  ideaId: string;
  ideaTitle: string;
  value: number;
  /** YYYY-MM-DD (UTC). */
  day: string;
}

/** The header line, after a byte order mark so spreadsheets read the file as UTF-8. */
export function ledgerHeader(): string {
  return stringify([[...LEDGER_COLUMNS]], { bom: true });
}

export function ledgerLines(rows: LedgerRow[]): string {
  return stringify(rows.map((row) => [row.voter, row.ideaId, asText(row.ideaTitle), row.value, row.day]));
}
