import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const workspaceRoot = resolve(__dirname, '../..');
const eslintBin = resolve(workspaceRoot, 'node_modules/eslint/bin/eslint.js');

// ESLint loads its flat config with import(), which Jest's module system refuses: run it as the CLI does.
function boundaryErrors(filePath: string, code: string): string[] {
  const result = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: workspaceRoot,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return report.messages
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

const importsApiCode = `import { PlatformModule } from '@crowdforge/api-platform';\nexport const probe = PlatformModule;\n`;

describe('module boundaries', () => {
  it('forbid the web app from importing api code', () => {
    expect(boundaryErrors('web/src/app/probe.ts', importsApiCode)).toEqual([
      expect.stringContaining(
        'A project tagged with "scope:web" can only depend on libs tagged with "scope:web", "scope:shared"',
      ),
    ]);
  });

  it('forbid shared code from importing api code', () => {
    // Reported as a forbidden dependency or, since the api already uses the contracts, as a cycle.
    expect(boundaryErrors('libs/shared/contracts/src/lib/probe.ts', importsApiCode)).toEqual([
      expect.stringMatching(/can only depend on libs tagged with "scope:shared"|Circular dependency/),
    ]);
  });

  it('let the web app import the shared contracts', () => {
    const importsContracts = `import type { ProblemDetails } from '@crowdforge/contracts';\nexport type Probe = ProblemDetails;\n`;
    expect(boundaryErrors('web/src/app/probe.ts', importsContracts)).toEqual([]);
  });
});
