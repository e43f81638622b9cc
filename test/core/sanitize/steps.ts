// Counts the work a synchronous function does on strings, without a clock: every character
// read (charCodeAt), searched (indexOf, regex exec), copied (slice) or rewritten (trim,
// normalize, ...). Deterministic, so a test can compare the count on growing inputs: a linear
// scanner's count grows with the input, a quadratic one's with its square.
type Method = (this: unknown, ...args: unknown[]) => unknown;

/** How many steps one call of a method costs, from its receiver, arguments and result. */
type Cost = (self: string, args: unknown[], result: unknown) => number;

const whole: Cost = (self) => self.length;

const STRING_COSTS: Record<string, Cost> = {
  charCodeAt: () => 1,
  codePointAt: () => 1,
  indexOf: (self, [needle, from], at) =>
    ((at as number) === -1 ? self.length : (at as number) + String(needle).length) -
    Number(from ?? 0),
  includes: whole,
  startsWith: (_, [needle]) => String(needle).length,
  slice: (_, __, result) => (result as string).length,
  substring: (_, __, result) => (result as string).length,
  // With a regex, these call RegExp.prototype.exec (counted below) once the prototype is patched.
  replace: (self, [pattern]) => (typeof pattern === 'string' ? self.length : 0),
  replaceAll: (self, [pattern]) => (typeof pattern === 'string' ? self.length : 0),
  trim: whole,
  toLowerCase: whole,
  normalize: whole,
  split: whole,
};

/** The steps `run` takes; the prototypes are restored before it returns. */
export function countSteps(run: () => void): number {
  let steps = 0;
  const patched: Array<[object, string, Method]> = [];
  const patch = (proto: object, name: string, cost: Cost) => {
    const original = (proto as Record<string, Method>)[name] as Method;
    patched.push([proto, name, original]);
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      const result = Reflect.apply(original, this, args);
      steps += cost(String(this), args, result);
      return result;
    };
  };
  for (const [name, cost] of Object.entries(STRING_COSTS)) patch(String.prototype, name, cost);
  const exec = RegExp.prototype.exec;
  patched.push([RegExp.prototype, 'exec', exec as Method]);
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    steps += (m ? m.index + m[0].length : text.length) - from + 1;
    return m;
  };
  try {
    run();
  } finally {
    for (const [proto, name, original] of patched.reverse())
      (proto as Record<string, Method>)[name] = original;
  }
  return steps;
}
