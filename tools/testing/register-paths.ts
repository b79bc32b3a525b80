import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

// Jest's global setup runs outside the module mapper: resolve the workspace aliases by hand.
register({ baseUrl: resolve(__dirname, '../..'), paths: compilerOptions.paths });
