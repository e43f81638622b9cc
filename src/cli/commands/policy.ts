import { ExitCode, type Command } from '../io.js';

// Placeholder until the command lands; it never reports success.
export const policyCommand: Command = async (_args, io) => {
  io.stderr('lailatov policy: not implemented yet\n');
  return ExitCode.failure;
};
