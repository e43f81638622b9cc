// Injected failures: a FIFO of faults, each applied to the next matching `/v1/messages` requests.
import { matches } from './scenario.js';
import type { Fault, ParsedRequest } from './types.js';

export class FaultQueue {
  private readonly queue: Array<{ fault: Fault; left: number }> = [];

  /** Queue a fault; it applies to the next `times` (default 1) matching requests. */
  add(fault: Fault): this {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new Error(`model-server: fault.times must be a positive integer, got ${String(times)}`);
    }
    this.queue.push({ fault, left: times });
    return this;
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.queue.reduce((n, q) => n + q.left, 0);
  }

  clear(): void {
    this.queue.length = 0;
  }

  /** Take the first matching fault for this request (consuming one use), if any. */
  take(req: ParsedRequest): Fault | undefined {
    const i = this.queue.findIndex(
      (q) => q.left > 0 && (!q.fault.when || matches(q.fault.when, req)),
    );
    const entry = this.queue[i];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left === 0) this.queue.splice(i, 1);
    return entry.fault;
  }
}

export function describeFault(f: Fault): string {
  if ('status' in f) return `status ${f.status}`;
  if ('breakAfterEvents' in f) return `break after ${f.breakAfterEvents} events`;
  return `delay ${f.delayMs} ms`;
}
