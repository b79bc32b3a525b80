import { writeFileSync } from 'node:fs';
import {
  COMMITTED_OPENAPI_PATH,
  generateOpenApiDocument,
  serialiseOpenApiDocument,
} from '../../api/src/openapi/openapi-document';

// Writes docs/openapi.json from the code; the api unit tests fail while it is out of date.
generateOpenApiDocument().then((document) => {
  writeFileSync(COMMITTED_OPENAPI_PATH, serialiseOpenApiDocument(document));
  console.log(`Wrote ${COMMITTED_OPENAPI_PATH} (${Object.keys(document.paths).length} paths)`);
});
