export function chunk(xs, n) {
  const out = [];
  for (let i = 0; i + n <= xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
