// The few declarations the tests use from node:test and node:assert (no @types/node offline).
declare module 'node:test' {
  export function test(name: string, fn: () => void | Promise<void>): void;
}
declare module 'node:assert/strict' {
  interface Assert {
    equal(actual: unknown, expected: unknown, message?: string): void;
    deepEqual(actual: unknown, expected: unknown, message?: string): void;
    throws(fn: () => unknown, expected?: RegExp | Function | object, message?: string): void;
  }
  const assert: Assert;
  export default assert;
}
