import sharp from 'sharp';
import { ProblemException } from '@crowdforge/api-platform';
import { sampleFiles } from '../../testing/sample-files';
import { prepareUpload } from './prepared-upload';

async function refusal(upload: Promise<unknown>): Promise<{ status: number; detail: string }> {
  const error = await upload.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProblemException)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { status: error.getStatus(), detail: error.message };
}

describe('prepareUpload', () => {
  it('re-encodes a photo as WebP in every size up to its own, without its metadata', async () => {
    const prepared = await prepareUpload(await sampleFiles.photoWithExif(1200, 800), 'holiday.jpg', ['image']);
    expect(prepared).toMatchObject({
      kind: 'image',
      mediaType: 'image/webp',
      name: 'holiday.webp',
      width: 1200,
      height: 800,
      sizes: ['small', 'medium', 'large'],
    });
    const stored = await Promise.all(prepared.files.map((file) => sharp(file.data).metadata()));
    expect(stored.map(({ format, width }) => [format, width])).toEqual([
      ['webp', 320],
      ['webp', 960],
      ['webp', 1200],
    ]);
    expect(stored.every((metadata) => metadata.exif === undefined && metadata.xmp === undefined)).toBe(true);
    expect(prepared.files.map((file) => file.key)).toEqual(
      ['small', 'medium', 'large'].map((size) => `${prepared.id}/${size}.webp`),
    );
    expect(prepared.byteSize).toBe(prepared.files.reduce((total, file) => total + file.data.length, 0));
  });

  it('stores a small image once, never enlarged', async () => {
    const prepared = await prepareUpload(await sampleFiles.smallPng(), 'dot.png', ['image']);
    expect(prepared.sizes).toEqual(['small']);
    expect([prepared.width, prepared.height]).toEqual([40, 30]);
  });

  it('keeps a document as uploaded, named by the type of its content', async () => {
    const pdf = sampleFiles.pdf();
    const prepared = await prepareUpload(pdf, 'business-case.exe', ['image', 'document']);
    expect(prepared).toMatchObject({ kind: 'document', mediaType: 'application/pdf', name: 'business-case.pdf' });
    expect(prepared.files).toEqual([{ key: `${prepared.id}/document.pdf`, data: pdf }]);
  });

  it('treats an image named as a document as the image it is', async () => {
    const prepared = await prepareUpload(await sampleFiles.smallPng(), 'invoice.pdf', ['image', 'document']);
    expect(prepared).toMatchObject({ kind: 'image', name: 'invoice.webp' });
  });

  it('refuses SVG, HTML and anything else it cannot recognise, whatever the name says', async () => {
    for (const [data, name] of [
      [sampleFiles.svgWithScript(), 'logo.png'],
      [sampleFiles.html(), 'photo.jpg'],
      [Buffer.from('just some text'), 'notes.pdf'],
    ] as const) {
      expect(await refusal(prepareUpload(data, name, ['image', 'document']))).toEqual({
        status: 415,
        detail:
          'This kind of file is not accepted here: upload JPEG, PNG, WebP or GIF images or PDF or office documents.',
      });
    }
  });

  it('refuses a document where only images are taken', async () => {
    expect((await refusal(prepareUpload(sampleFiles.pdf(), 'cover.pdf', ['image']))).status).toBe(415);
  });

  it('refuses empty, oversized, damaged and decompression-bomb images', async () => {
    expect(await refusal(prepareUpload(Buffer.alloc(0), 'empty.png', ['image']))).toEqual({
      status: 400,
      detail: 'The file is empty.',
    });
    const png = await sampleFiles.smallPng();
    const oversized = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await refusal(prepareUpload(oversized, 'big.png', ['image']))).status).toBe(413);
    expect(await refusal(prepareUpload(await sampleFiles.decompressionBomb(), 'bomb.png', ['image']))).toEqual({
      status: 413,
      detail: 'The image has more than 50 million pixels.',
    });
    const truncated = png.subarray(0, png.length - 20);
    expect((await refusal(prepareUpload(truncated, 'broken.png', ['image']))).status).toBe(400);
  });
});
