// Node 20 refuses `import x from './f.json'` without an import attribute, and
// @actions/workflow-parser imports its schemas that way. This hook supplies the attribute.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function load(url, context, next) {
  if (url.endsWith('.json')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}
`),
);
