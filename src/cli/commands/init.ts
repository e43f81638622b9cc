import { ExitCode, type Command } from '../io.js';

// Placeholder until `lailatov init` lands; it never reports success.
export const initCommand: Command = async (_args, io) => {
  io.stderr('lailatov init: not implemented yet\n');
  return ExitCode.failure;
};
