export * from './lib/files.module';
export * from './lib/attachment.entity';
export * from './lib/attachments.service';
export * from './lib/processing/prepared-upload';
export * from './lib/upload/read-upload';
export * from './lib/upload/send-file';
export * from './lib/files.entities';
export * from './lib/dto/attachment.dto';
