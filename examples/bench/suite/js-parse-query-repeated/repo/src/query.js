export function parseQuery(q) {
  const out = {};
  for (const part of q.split('&')) {
    if (!part) continue;
    const [k, v = ''] = part.split('=');
    out[k] = v;
  }
  return out;
}
