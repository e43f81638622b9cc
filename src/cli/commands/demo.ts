import { ExitCode, type Command } from '../io.js';

// The offline demo needs the pipeline stages and the replay engine, which are not built yet.
// Until they land, say so plainly instead of pretending.
export const demoCommand: Command = async (_args, io) => {
  io.stdout(
    'lailatov demo: coming. The offline pipeline demo needs the pipeline stages (not built yet).\n' +
      'What works today: `lailatov risk`, `lailatov policy check` and `lailatov outcomes summary`.\n',
  );
  return ExitCode.ok;
};
