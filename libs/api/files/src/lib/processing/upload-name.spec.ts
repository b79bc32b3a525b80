import { uploadName } from './upload-name';

describe('uploadName', () => {
  it('keeps the last path segment and gives it the extension of the real type', () => {
    expect(uploadName('../../etc/passwd.png', 'webp')).toBe('passwd.webp');
    expect(uploadName('C:\\Users\\jan\\plan.final.docx', 'pdf')).toBe('plan.final.pdf');
  });

  it('drops control, direction and reserved characters, and names a nameless file', () => {
    expect(uploadName('in\u0000voice\u202Egpj.exe', 'pdf')).toBe('invoicegpj.pdf');
    expect(uploadName('"<b>".png', 'webp')).toBe('b.webp');
    expect(uploadName('..', 'pdf')).toBe('file.pdf');
    expect(uploadName('', 'pdf')).toBe('file.pdf');
  });

  it('shortens very long names', () => {
    expect(uploadName(`${'a'.repeat(500)}.pdf`, 'pdf')).toBe(`${'a'.repeat(120)}.pdf`);
  });
});
