import { AttachmentRow } from './attachment.entity';

export const FILES_ENTITIES = [AttachmentRow];
