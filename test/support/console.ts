/**
 * Collects what `console.warn` is given (the arguments joined by spaces) until `restore()` is called: the messages an
 * element leaves for the webmaster. Call `restore()` in a `finally`.
 */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Runs `act` (which sees the messages as they come) and returns every console warning given meanwhile; the console is
 * restored whatever happens.
 */
export async function warningsDuring(act: (messages: readonly string[]) => Promise<unknown>): Promise<string[]> {
  const { messages, restore } = captureWarnings();
  try {
    await act(messages);
  } finally {
    restore();
  }
  return messages;
}
