import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Files for upload tests, made on the spot so no binary lives in the repository. */
export const sampleFiles = {
  /** A JPEG photo carrying EXIF (a camera owner and a copyright line) that must not survive. */
  photoWithExif: (width = 1200, height = 800) =>
    sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Jane Private', Artist: 'Jane Private' } })
      .toBuffer(),
  smallPng: () =>
    sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 1 } } })
      .png()
      .toBuffer(),
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  svgWithScript: () =>
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss = 1</script><rect width="9" height="9"/></svg>',
    ),
  html: () => Buffer.from('<!doctype html><html><body><script>window.__xss = 1</script></body></html>'),
  /** A PNG whose header claims 100,000 × 100,000 pixels: tiny on disk, ruinous to decode. */
  decompressionBomb: async () => withPngSize(await sampleFiles.smallPng(), 100_000, 100_000),
};

/** The PNG with its header's width and height replaced (and the header's checksum redone). */
function withPngSize(png: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(png);
  // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4), ...
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
  return copy;
}
