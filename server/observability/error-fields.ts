/** Stack frames only: the first lines of a stack repeat the message. */
const framesOf = (stack: string | undefined) =>
  stack
    ?.split('\n')
    .filter((line) => line.startsWith('    at '))
    .join('\n');

/**
 * An error as a log field. A failed query's message and stack carry its parameters (user input, password
 * hashes, tokens): those are left out; the SQL text and the database's own message stay.
 */
export function errorFields(error: unknown): Record<string, unknown> | string {
  if (!(error instanceof Error)) return String(error);
  if ('query' in error && 'params' in error) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return { message: 'Failed query', query: String(error.query), cause, stack: framesOf(error.stack) };
  }
  return { message: error.message, stack: error.stack };
}
