/** The exit codes of every command. */
export const ExitCode = {
  /** The feed is valid (warnings allowed, unless `--strict`); the command did its work. */
  ok: 0,
  /** The feed or a spreadsheet is invalid, or `--strict` found warnings. */
  invalid: 1,
  /** The command was called wrongly: unknown option, missing argument, a file that cannot be read. */
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Ends a command with a message and an exit code, without a stack trace. */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(message: string, readonly exitCode: ExitCode) {
    super(message);
  }
}

/** A usage error (exit code 2). */
export function usageError(message: string): CommandError {
  return new CommandError(message, ExitCode.usage);
}
