import { ExitCode, type Command } from '../io.js';

// Placeholder until the command lands; it never reports success.
export const outcomesCommand: Command = async (_args, io) => {
  io.stderr('lailatov outcomes: not implemented yet\n');
  return ExitCode.failure;
};
