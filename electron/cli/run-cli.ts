/** The headless command line over the same handler modules as the app. Returns an exit code. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AppError, errorMessagesEn } from '../../core/errors';
import type { Lang } from '../../core/types';
import { openProjectFile } from '../handlers/project-files';
import { exportBriefingXlsx } from '../handlers/xlsx-export';

/** Where the CLI writes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  samplePath: string;
}

/** Exit code for bad arguments or bad input. */
export const EXIT_USAGE = 2;

const USAGE = `usage: npm run cli -- export (--workbook FILE | --sample) --out OUT.xlsx [--lang ko|en]`;

class UsageError extends Error {}

function message(error: unknown): string {
  if (error instanceof AppError) return `${errorMessagesEn[error.code]}${error.detail ? `: ${error.detail}` : ''}`;
  if (error instanceof UsageError) return `${error.message}\n${USAGE}`;
  return error instanceof Error ? error.message : String(error);
}

async function exportCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { workbook: { type: 'string' }, sample: { type: 'boolean' }, out: { type: 'string' }, lang: { type: 'string', default: 'ko' } },
    strict: true,
  });
  if (!values.out) throw new UsageError('--out is required');
  if (!!values.workbook === !!values.sample) throw new UsageError('give exactly one of --workbook FILE or --sample');
  if (values.lang !== 'ko' && values.lang !== 'en') throw new UsageError('--lang must be ko or en');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out must end in .xlsx');
  const workbook = await openProjectFile(values.sample ? io.samplePath : resolve(values.workbook!));
  const out = resolve(values.out);
  await exportBriefingXlsx(out, workbook, values.lang as Lang);
  io.stdout(`wrote ${out}\n`);
}

/** Runs one CLI invocation; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'export':
        await exportCommand(rest, io);
        return 0;
      case undefined:
      case '--help':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT_USAGE : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    const known = error instanceof AppError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`error: ${message(error).split('\n')[0]}\n`);
    // A stack helps a bug report but scares users; show it only when asked.
    if (!known && process.env.AW_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return known ? EXIT_USAGE : 1;
  }
}
