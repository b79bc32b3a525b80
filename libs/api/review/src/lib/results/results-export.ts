import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { asText } from '@crowdforge/api-platform';
import type { RoundResults, ScorecardCriterion } from '@crowdforge/contracts';

type Cell = string | number | null;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportedFile {
  data: Buffer;
  type: string;
  filename: string;
}

/** A round's results as a table: one row per idea, best first; text cells never read as formulas. */
export function resultsTable(results: RoundResults, scorecard: readonly ScorecardCriterion[]): Cell[][] {
  const header = [
    'rank',
    'idea_id',
    'title',
    'status',
    'crowd_rank',
    'vote_score',
    'reviews',
    'raw_mean',
    'raw_median',
    'raw_spread',
    'normalised',
    'high_disagreement',
    'cutoff_probability',
    ...scorecard.map((criterion) => asText(criterion.name)),
    'decision',
    'feedback',
  ];
  const rows = results.ideas.map((idea) => [
    idea.rank,
    idea.ideaId,
    asText(idea.title),
    idea.status,
    idea.crowd.rank,
    idea.crowd.voteScore,
    idea.reviews.submitted,
    idea.raw?.mean ?? null,
    idea.raw?.median ?? null,
    idea.raw?.spread ?? null,
    idea.normalised,
    idea.highDisagreement ? 'yes' : 'no',
    idea.cutoffProbability,
    ...scorecard.map((criterion) => idea.criteria.find((average) => average.criterion === criterion.key)?.mean ?? null),
    idea.decision?.decision ?? null,
    idea.decision ? asText(idea.decision.feedback) : null,
  ]);
  return [header, ...rows];
}

/** CSV after a byte order mark, so spreadsheets read it as UTF-8. */
export function tableCsv(table: Cell[][]): Buffer {
  return Buffer.from(stringify(table, { bom: true }), 'utf8');
}

export async function tableXlsx(table: Cell[][], sheetName: string): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Results');
  table.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
