/** Images are re-encoded and shown inline; documents are only ever downloaded. */
export const ATTACHMENT_KINDS = ['image', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The sizes an image is stored in, by their longest side in pixels. */
export const IMAGE_SIZES = { small: 320, medium: 960, large: 1920 } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

/** What uploads accept: file pickers use it as their `accept` list. */
export const ACCEPTED_UPLOADS = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  document: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
  ],
} as const satisfies Record<AttachmentKind, readonly string[]>;

/** The largest upload, in bytes, of each kind. */
export const MAX_UPLOAD_BYTES: Record<AttachmentKind, number> = {
  image: 10 * 1024 * 1024,
  document: 20 * 1024 * 1024,
};

/** The largest upload of any kind. */
export const MAX_UPLOAD = Math.max(...Object.values(MAX_UPLOAD_BYTES));

/** Files one idea may carry. */
export const MAX_ATTACHMENTS_PER_IDEA = 10;

export interface AttachmentView {
  id: string;
  kind: AttachmentKind;
  mediaType: string;
  name: string;
  byteSize: number;
  /** Of the largest stored size, for images. */
  width: number | null;
  height: number | null;
  /** The idea form's file field it fills, if any. */
  field: string | null;
  createdAt: string;
}
