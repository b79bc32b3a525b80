import { asText } from './spreadsheet-text';

describe('asText', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rx'])(
    'keeps a spreadsheet from reading %j as a formula',
    (title) => {
      expect(asText(title)).toBe(`'${title}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(asText('Tea, "strong" and 100% local')).toBe('Tea, "strong" and 100% local');
  });
});
