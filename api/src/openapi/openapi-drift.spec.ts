import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMITTED_OPENAPI_PATH, generateOpenApiDocument, serialiseOpenApiDocument } from './openapi-document';

describe('the committed OpenAPI document', () => {
  it('matches the code (run `npm run openapi:generate` after changing the API)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../..', COMMITTED_OPENAPI_PATH), 'utf8');
    expect(serialiseOpenApiDocument(await generateOpenApiDocument())).toBe(committed);
  });

  it('gives every operation an operation id', async () => {
    const document = await generateOpenApiDocument();
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item ?? {}));
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(operation).toHaveProperty('operationId');
  });
});
