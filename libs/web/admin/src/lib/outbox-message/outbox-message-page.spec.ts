import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { of } from 'rxjs';
import { render } from '../../testing/render';
import { linkify } from './linkify';
import { OutboxMessagePage } from './outbox-message-page';

const mail = {
  id: 'm-1',
  createdAt: '2026-03-01T10:00:00Z',
  to: 'ada@example.org',
  subject: 'Confirm your email address',
  template: 'verify-email',
  language: 'en' as const,
  text: 'Welcome!\nOpen http://localhost:3000/verify-email?token=abc123 to confirm.',
  html: '<p>Welcome!</p><script>parent.document.title = "owned"</script><a href="http://localhost:3000/verify-email?token=abc123">Confirm</a>',
};

describe('OutboxMessagePage', () => {
  it('shows the text with clickable links and the HTML only in a sandboxed iframe', async () => {
    const view = render(OutboxMessagePage, {
      providers: [
        {
          provide: ActivatedRoute,
          useValue: {
            paramMap: of(convertToParamMap({ messageId: 'm-1' })),
            snapshot: { queryParamMap: convertToParamMap({}) },
          },
        },
      ],
    });
    await view.settle();
    view.backend.expectOne({ method: 'GET', url: '/api/v1/admin/outbox/m-1' }).flush(mail);
    await view.settle();

    expect(view.byTestId('page-title')?.textContent).toBe('Confirm your email address');
    expect(view.byTestId('outbox-to')?.textContent).toBe('ada@example.org');
    const link = view.byTestId('outbox-text')?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('http://localhost:3000/verify-email?token=abc123');
    expect(view.byTestId('outbox-text')?.textContent).toBe(mail.text);

    const frame = view.byTestId<HTMLIFrameElement>('outbox-html');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toBe(mail.html);
    // Nothing of the mail's HTML is in the page itself.
    expect(view.element.querySelector('script')).toBeNull();
    expect(TestBed.inject(ActivatedRoute)).toBeDefined();
  });
});

describe('linkify', () => {
  it('splits text into words and http(s) links, leaving trailing punctuation out', () => {
    expect(linkify('Go to https://example.org/a?b=1. Or not')).toEqual([
      { kind: 'text', text: 'Go to ' },
      { kind: 'link', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: '. Or not' },
    ]);
    expect(linkify('javascript:alert(1) and ftp://x')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and ftp://x' },
    ]);
  });
});
