import { ExitCode, type Command } from '../io.js';

// Placeholder until the command lands; it never reports success.
export const riskCommand: Command = async (_args, io) => {
  io.stderr('lailatov risk: not implemented yet\n');
  return ExitCode.failure;
};
