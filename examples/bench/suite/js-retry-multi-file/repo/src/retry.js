export function fetchWithRetry(fn, options = {}) {
  return fn();
}
