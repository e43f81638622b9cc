// What scripts/build.mjs hands to ncc for dist/lib. A CommonJS entry makes ncc emit a CommonJS
// bundle, and Node starts that about 12 ms sooner than the same bundle as an ES module (its ESM
// loader; bench/github: cold start). Only this file is CommonJS: the code it reaches is the
// ESM TypeScript of src/action/main.ts, bundled as usual.
/* global module, require */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above)
module.exports = require('./main.ts');
