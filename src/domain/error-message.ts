/**
 * The words of whatever was thrown: an Error's message, anything else as text. One function
 * for the domain, the CLI and the app, since `catch` hands over `unknown`.
 */
export function getErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
