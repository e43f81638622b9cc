// The package as a user gets it after publication: `npm pack`, installed from the tarball into an
// empty directory with no registry. `lailatov(args)` then runs `npx lailatov` there.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp.js';

const run = promisify(execFile);

export interface PackedInstall {
  readonly root: string;
  /** The empty directory the tarball was installed into. */
  readonly user: string;
  readonly files: readonly string[];
  lailatov(
    args: string[],
    o: { cwd: string; env?: Record<string, string> },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function installPacked(): Promise<PackedInstall> {
  const root = await tempDir('lailatov-pack-');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', root]);
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  const user = join(root, 'user');
  await mkdir(user);
  const offline = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false' };
  await run('npm', ['install', '--no-fund', join(root, packed?.filename ?? '')], {
    cwd: user,
    env: offline,
  });
  return {
    root,
    user,
    files: packed?.files.map((f) => f.path) ?? [],
    async lailatov(args, o) {
      // npx finds the installed bin from any directory below `user`.
      const bin = join(user, 'node_modules', '.bin', 'lailatov');
      try {
        const r = await run(bin, args, { cwd: o.cwd, env: { ...offline, ...o.env } });
        return { code: 0, stdout: r.stdout, stderr: r.stderr };
      } catch (e) {
        const x = e as { code?: number; stdout?: string; stderr?: string };
        return { code: x.code ?? 1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
      }
    },
  };
}
