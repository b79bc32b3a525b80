import { renderMarkdown } from './markdown';
import { unsafeTextReason } from './safe-text';

describe('user text', () => {
  it.each([
    '<script>alert(1)</script>',
    'Hello <img src=x onerror=alert(1)>',
    '<!-- hidden -->',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt :alert(1))',
    '![x](data:text/html;base64,PHNjcmlwdD4=)',
  ])('refuses %s', (text) => {
    expect(unsafeTextReason(text)).not.toBeNull();
  });

  it.each(['Cut waste by 30% so that 2 < 3 and 5 > 4', '**Bold** and [a link](https://example.org)', 'a -> b'])(
    'accepts %s',
    (text) => {
      expect(unsafeTextReason(text)).toBeNull();
    },
  );

  it('renders Markdown to HTML without raw HTML, script links or top-level headings', () => {
    const html = renderMarkdown('# Title\n\n**bold** <b>raw</b> [x](javascript:alert(1)) https://example.org');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;b&gt;raw&lt;/b&gt;');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('[x](javascript:alert(1))');
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer ugc">');
  });
});
