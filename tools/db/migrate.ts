import { validateEnvironment } from '@crowdforge/api-platform';
import { migrate } from '../../api/src/database/migrate';

// Applies pending migrations to DATABASE_URL (the API also does this at start).
const { DATABASE_URL } = validateEnvironment(process.env);
if (!DATABASE_URL) {
  console.error('Set DATABASE_URL (the embedded database is migrated by `npm start` itself).');
  process.exit(2);
}
migrate(DATABASE_URL).then((applied) => console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Up to date'));
