/** A mistake in how the tool was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** One line per problem; the message is printed with its control characters (line breaks too) escaped. */
  readonly lines: readonly string[];

  constructor(message: string | readonly string[]) {
    const lines = typeof message === 'string' ? [message] : message;
    super(lines.join('\n'));
    this.lines = lines;
  }
}
