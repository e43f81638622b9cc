#!/usr/bin/env node
// The npm registry these machines reach serves only linux builds of packages with per-platform
// optional binaries (e.g. @unrs/resolver-binding-darwin-x64 is a 404). npm then leaves them out
// of package-lock.json but keeps their names in the parent's optionalDependencies, and `npm ci`
// refuses the lock as "out of sync". After regenerating the lock, run this script: it drops
// optional dependencies that have no entry in the lock. Usage: node scripts/prune-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages));
const dropped = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
    if (!present.has(`${key}/node_modules/${dep}`) && !present.has(`node_modules/${dep}`)) {
      delete pkg.optionalDependencies[dep];
      dropped.push(dep);
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`dropped ${dropped.length} unavailable optional dependencies: ${dropped.join(', ')}`);
