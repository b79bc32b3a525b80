import { parse } from 'csv-parse/sync';
import { ledgerHeader, ledgerLines } from './ledger-csv';

describe('the recount ledger as CSV', () => {
  it('quotes what needs quoting and reads back the same', () => {
    const csv =
      ledgerHeader() +
      ledgerLines([
        { voter: 'a1', ideaId: 'i1', ideaTitle: 'Tea, "strong"\nand hot', value: -1, day: '2026-05-01' },
        { voter: 'b2', ideaId: 'i1', ideaTitle: '=1+1', value: 5, day: '2026-05-02' },
      ]);
    expect(csv.startsWith('\ufeffvoter,idea_id,idea_title,value,day\n')).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { voter: 'a1', idea_id: 'i1', idea_title: 'Tea, "strong"\nand hot', value: '-1', day: '2026-05-01' },
      { voter: 'b2', idea_id: 'i1', idea_title: "'=1+1", value: '5', day: '2026-05-02' },
    ]);
  });
});
