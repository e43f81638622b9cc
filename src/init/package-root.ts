import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file only the suite's own package has: it marks the package root. */
export const ROOT_MARKER = 'workflows-templates/lailatov.yml';

/**
 * The root of the installed suite package, found from the running file. The module runs from
 * `src/init/` under tsx and jest, and from a chunk in `dist/cli/` once bundled: both are two
 * levels below the root, but walking up to the marker keeps working if either layout changes.
 */
export function packageRoot(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, ROOT_MARKER))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(
    `lailatov: cannot find the package's templates (${ROOT_MARKER}) above ${fileURLToPath(fromUrl)}`,
  );
}
