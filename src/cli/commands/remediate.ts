import { ExitCode, type Command } from '../io.js';

// Placeholder until the pipeline stages land; it never reports success.
export const remediateCommand: Command = async (_args, io) => {
  io.stderr('lailatov remediate: not implemented yet (the pipeline stages are being built)\n');
  return ExitCode.failure;
};
