import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { RoundResults, ScorecardCriterion } from '@crowdforge/contracts';
import { resultsTable, tableCsv, tableXlsx } from './results-export';

const scorecard: ScorecardCriterion[] = [
  { key: 'impact', name: '=Impact', guidance: '', weight: 1, scaleMin: 1, scaleMax: 5, commentBelow: null },
];

const results: RoundResults = {
  roundId: 'r1',
  agreement: 0.5,
  cutoff: 1,
  reviewers: [],
  ideas: [
    {
      ideaId: 'i1',
      title: '=HYPERLINK("http://evil.example","tea")',
      status: 'selected',
      crowd: { voteScore: 40, rank: 2 },
      reviews: { assigned: 2, submitted: 2 },
      raw: { count: 2, mean: 75, median: 75, spread: 5, min: 70, max: 80 },
      normalised: 77.5,
      rank: 1,
      criteria: [{ criterion: 'impact', name: '=Impact', mean: 4, scaleMin: 1, scaleMax: 5 }],
      highDisagreement: false,
      cutoffProbability: 0.9,
      decision: {
        decision: 'select',
        feedback: '+1 from the jury',
        shareCriteria: true,
        decidedAt: '2026-05-01T00:00:00Z',
      },
    },
  ],
};

describe('round results exports', () => {
  const table = resultsTable(results, scorecard);

  it('writes a CSV whose text cells no spreadsheet reads as a formula', () => {
    const [row] = parse(tableCsv(table), { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      rank: '1',
      title: `'=HYPERLINK("http://evil.example","tea")`,
      "'=Impact": '4',
      decision: 'select',
      feedback: "'+1 from the jury",
      normalised: '77.5',
    });
  });

  it('writes an XLSX with the same cells, numbers as numbers', async () => {
    const workbook = new Workbook();
    const file = await tableXlsx(table, 'Technical review: round/1');
    // exceljs's types predate Node's generic Buffer.
    await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Technical review  round 1');
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(values[2]).toBe(`'=HYPERLINK("http://evil.example","tea")`);
    expect(values[10]).toBe(77.5);
    expect(sheet.getRow(2).getCell(3).formula).toBeUndefined();
  });
});
