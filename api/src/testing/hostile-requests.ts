import type { InjectOptions } from 'light-my-request';

type HTTPMethods = NonNullable<InjectOptions['method']>;

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  enum?: unknown[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export type HostileRequest = InjectOptions & { method: HTTPMethods; url: string; description: string };

export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  '1; DROP TABLE audit_log; --',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00',
  '-1',
  '0',
  '1e309',
  'null',
  '{"$gt":""}',
  '😀'.repeat(50),
  'x'.repeat(10_000),
];

const WRONG_TYPED_VALUES: unknown[] = [
  null,
  true,
  -1,
  1.5,
  'text',
  [],
  {},
  'x'.repeat(100_000),
  { nested: { deeper: [1, 2] } },
];

const SAFE_VALUE: Record<string, unknown> = {
  string: 'value',
  integer: 1,
  number: 1,
  boolean: true,
  array: [],
  object: {},
};

function resolve(schema: Schema | undefined, document: OpenApiDocument): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
}

function validSample(schema: Schema | undefined, document: OpenApiDocument): unknown {
  const resolved = resolve(schema, document);
  if (resolved?.enum?.length) return resolved.enum[0];
  if (resolved?.properties) {
    return Object.fromEntries(
      Object.entries(resolved.properties).map(([key, inner]) => [key, validSample(inner, document)]),
    );
  }
  return SAFE_VALUE[resolved?.type ?? 'string'];
}

function fillPath(
  path: string,
  parameters: Parameter[],
  defaultId: string,
  override?: { name: string; value: string },
): string {
  return parameters
    .filter((parameter) => parameter.in === 'path')
    .reduce((url, parameter) => {
      const value = override?.name === parameter.name ? override.value : defaultId;
      return url.replace(`{${parameter.name}}`, encodeURIComponent(value));
    }, path);
}

/**
 * Every hostile variant of every operation in the document. Path parameters not under
 * attack take `defaultId`, e.g. an existing organisation, so bodies reach validation.
 */
export function hostileRequests(
  document: OpenApiDocument,
  defaultId = '00000000-0000-4000-8000-000000000000',
): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const verb = method.toUpperCase() as HTTPMethods;
      const parameters = operation.parameters ?? [];
      const baseUrl = fillPath(path, parameters, defaultId);

      for (const parameter of parameters.filter((candidate) => candidate.in === 'path')) {
        for (const value of HOSTILE_STRINGS) {
          requests.push({
            method: verb,
            url: fillPath(path, parameters, defaultId, { name: parameter.name, value }),
            description: `path ${parameter.name}`,
          });
        }
      }
      const queryNames = [
        ...parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
        'unknownParameter',
      ];
      for (const name of queryNames) {
        for (const value of [...HOSTILE_STRINGS, '']) {
          requests.push({
            method: verb,
            url: `${baseUrl}?${name}=${encodeURIComponent(value)}`,
            description: `query ${name}`,
          });
        }
        requests.push({
          method: verb,
          url: `${baseUrl}?${name}=a&${name}=b&${name}[x]=c`,
          description: `query ${name} repeated`,
        });
      }

      const bodySchema = resolve(operation.requestBody?.content?.['application/json']?.schema, document);
      if (!operation.requestBody && verb === 'GET') continue;
      const valid = (validSample(bodySchema, document) ?? {}) as Record<string, unknown>;
      const bodies: [string, unknown][] = [
        ['array body', [valid]],
        ['string body', 'just text'],
        ['number body', 42],
        ['empty object', {}],
        [
          'unknown fields',
          { ...valid, isAdmin: true, role: 'owner', organisationId: '00000000-0000-4000-8000-000000000000' },
        ],
        ['prototype pollution', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
      ];
      for (const property of Object.keys(bodySchema?.properties ?? {})) {
        for (const wrong of WRONG_TYPED_VALUES)
          bodies.push([`${property} = ${JSON.stringify(wrong).slice(0, 30)}`, { ...valid, [property]: wrong }]);
        for (const hostile of HOSTILE_STRINGS)
          bodies.push([`${property} hostile string`, { ...valid, [property]: hostile }]);
      }
      for (const [description, payload] of bodies) {
        const raw = typeof payload === 'string' ? payload : JSON.stringify(payload);
        requests.push({
          method: verb,
          url: baseUrl,
          headers: { 'content-type': 'application/json' },
          payload: raw,
          description,
        });
      }
      requests.push({
        method: verb,
        url: baseUrl,
        headers: { 'content-type': 'application/json' },
        payload: '{"unterminated": ',
        description: 'malformed JSON',
      });
      requests.push({
        method: verb,
        url: baseUrl,
        headers: { 'content-type': 'text/plain' },
        payload: 'plain',
        description: 'wrong content type',
      });
    }
  }
  return requests;
}
