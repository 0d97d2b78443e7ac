/** The headless command line over the same core and handler modules as the app. Returns an exit code. */
import { AppError } from '../../core/errors';
import { formatMessage } from '../../core/messages';
import type { Lang } from '../../core/types';
import { UsageError, type CliIo } from './cli-support';
import { exportCommand, exportUsage } from './export-command';
import { inspectCommand, inspectUsage } from './inspect-command';
import { formulaCommand, formulaUsage } from './formula-command';
import { projectCommand, projectUsage } from './project-command';
import { importCommand, importUsage, newCommand, newUsage, seriesCommand, seriesUsage } from './workbook-commands';

export type { CliIo } from './cli-support';

/** Exit code for bad arguments or bad input. */
const EXIT_USAGE = 2;

const commands: Record<string, { run: (args: string[], io: CliIo) => Promise<void>; usage: string }> = {
  brief: { run: exportCommand, usage: exportUsage },
  export: { run: exportCommand, usage: 'npm run cli -- export …  (same as brief)' },
  project: { run: projectCommand, usage: projectUsage },
  inspect: { run: inspectCommand, usage: inspectUsage },
  new: { run: newCommand, usage: newUsage },
  series: { run: seriesCommand, usage: seriesUsage },
  import: { run: importCommand, usage: importUsage },
  formula: { run: formulaCommand, usage: formulaUsage },
};
const USAGE = `usage:\n${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}`;

/** The language a run asked for (--lang ko|en, in either form); English otherwise. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'ko' ? 'ko' : 'en';
}

function message(error: unknown, lang: Lang): string {
  if (error instanceof AppError)
    return `${formatMessage(lang, `errors.${error.code}`).replace(/\.$/, '')}${error.detail ? `: ${error.detail}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one CLI invocation; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? EXIT_USAGE : 0;
  }
  try {
    const entry = commands[command];
    if (!entry) throw new UsageError(`unknown command '${command}' (try: ${Object.keys(commands).join(', ')})`);
    await entry.run(rest, io);
    return 0;
  } catch (error) {
    const known =
      error instanceof AppError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`error: ${message(error, langOf(argv)).split('\n')[0]}\n`);
    // A stack helps a bug report but scares users; show it only when asked.
    if (!known && process.env.AW_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return known ? EXIT_USAGE : 1;
  }
}
