import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';

describe('lailatov CLI dispatch', () => {
  it('prints usage and exits 2 without a command', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('Usage: lailatov');
  });

  it('rejects an unknown command with exit 2 and names it', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain("unknown command 'frobnicate'");
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    "'%s' is an unknown command, not an inherited property",
    async (name) => {
      const io = captureIo();
      expect(await main([name], io)).toBe(2);
      expect(io.err()).toContain(`unknown command '${name}'`);
    },
  );
});
