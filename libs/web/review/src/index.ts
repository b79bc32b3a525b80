export { ReviewApi, type ResultsExportFormat } from './lib/data/review.api';
