import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import { ProblemException } from '@crowdforge/api-platform';
import {
  ACCEPTED_UPLOADS,
  IMAGE_SIZES,
  MAX_UPLOAD_BYTES,
  type AttachmentKind,
  type ImageSize,
} from '@crowdforge/contracts';
import { uploadName } from './upload-name';

/** An upload checked and converted, ready to be stored: nothing of it is written yet. */
export interface PreparedUpload {
  id: string;
  kind: AttachmentKind;
  mediaType: string;
  name: string;
  width: number | null;
  height: number | null;
  sha256: string;
  files: { key: string; data: Buffer }[];
  sizes: ImageSize[];
  byteSize: number;
}

/** Beyond this many pixels an image is refused before it is decoded: a small file can claim a huge canvas. */
const MAX_IMAGE_PIXELS = 50_000_000;
const STORED_IMAGE_TYPE = { mediaType: 'image/webp', extension: 'webp' };

const refused = (status: 400 | 413 | 415, message: string) =>
  new ProblemException(
    status,
    status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request',
    message,
  );

/** The stored file of an image size or of a document, as a storage key. */
export const storageKey = (attachmentId: string, size: ImageSize | 'document', extension: string) =>
  `${attachmentId}/${size}.${extension}`;

/**
 * Checks an upload by its content, never by its declared name or type: images become WebP in
 * every size (metadata dropped, orientation applied), documents are kept as they are. `accept`
 * limits the kinds, e.g. covers take images only.
 */
export async function prepareUpload(
  data: Buffer,
  declaredName: string,
  accept: readonly AttachmentKind[],
): Promise<PreparedUpload> {
  if (data.length === 0) throw refused(400, 'The file is empty.');
  const sniffed = await fileTypeFromBuffer(data);
  const kind = (Object.keys(ACCEPTED_UPLOADS) as AttachmentKind[]).find((candidate) =>
    (ACCEPTED_UPLOADS[candidate] as readonly string[]).includes(sniffed?.mime ?? ''),
  );
  if (!sniffed || !kind || !accept.includes(kind)) {
    const allowed = accept.map((candidate) =>
      candidate === 'image' ? 'JPEG, PNG, WebP or GIF images' : 'PDF or office documents',
    );
    throw refused(415, `This kind of file is not accepted here: upload ${allowed.join(' or ')}.`);
  }
  if (data.length > MAX_UPLOAD_BYTES[kind])
    throw refused(413, `The file is larger than ${MAX_UPLOAD_BYTES[kind] / 1024 / 1024} MB.`);
  const base = { id: randomUUID(), kind, sha256: createHash('sha256').update(data).digest('hex') };
  if (kind === 'document') {
    return {
      ...base,
      mediaType: sniffed.mime,
      name: uploadName(declaredName, sniffed.ext),
      width: null,
      height: null,
      files: [{ key: storageKey(base.id, 'document', sniffed.ext), data }],
      sizes: [],
      byteSize: data.length,
    };
  }
  const sized = await imageSizes(data);
  const files = sized.map(({ size, data: encoded }) => ({
    key: storageKey(base.id, size, STORED_IMAGE_TYPE.extension),
    data: encoded,
  }));
  const largest = sized[sized.length - 1];
  return {
    ...base,
    mediaType: STORED_IMAGE_TYPE.mediaType,
    name: uploadName(declaredName, STORED_IMAGE_TYPE.extension),
    width: largest.width,
    height: largest.height,
    files,
    sizes: sized.map(({ size }) => size),
    byteSize: files.reduce((total, file) => total + file.data.length, 0),
  };
}

interface SizedImage {
  size: ImageSize;
  data: Buffer;
  width: number;
  height: number;
}

/** Every size up to the image's own (none enlarged), smallest first; the first frame of an animation. */
async function imageSizes(data: Buffer): Promise<SizedImage[]> {
  const decoder = () => sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  // The header alone, read without a pixel limit, so an oversized canvas is named as such.
  const { width, height } = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw refused(400, 'The image cannot be read: it may be damaged.');
    });
  if (width * height > MAX_IMAGE_PIXELS)
    throw refused(413, `The image has more than ${MAX_IMAGE_PIXELS / 1_000_000} million pixels.`);
  const longestSide = Math.max(width, height);
  // A size is worth storing while the one below it is still smaller than the image itself.
  const all = Object.entries(IMAGE_SIZES) as [ImageSize, number][];
  const wanted = all.filter((_, index) => index === 0 || all[index - 1][1] < longestSide);
  try {
    return await Promise.all(
      wanted.map(async ([size, side]) => {
        const { data: encoded, info } = await decoder()
          .rotate()
          .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { size, data: encoded, width: info.width, height: info.height };
      }),
    );
  } catch {
    throw refused(400, 'The image cannot be read: it may be damaged.');
  }
}
