export * from './lib/review.module';
export * from './lib/review.entities';
