export { classify, compilePolicy, type CompiledPolicy } from './classify.js';
export { MINIMATCH_OPTIONS, normalizePath, toGlob } from './glob.js';
export {
  DEFAULT_PROTECTED_PATHS,
  DEFAULT_REQUIRED_CHECKS,
  DEFAULT_TIER,
  parsePolicy,
  parsePolicyText,
} from './parse.js';
export { PatternSet } from './pattern-set.js';
export * from './types.js';
