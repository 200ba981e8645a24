import { badUserInput } from '../../errors.js';

/**
 * Text as an editor typed it: browsers submit the line breaks of a text area as CRLF, which
 * would make every multi-line field differ from the same text saved before. Stored text uses LF.
 */
export function withUnixLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/** A required text field: undefined leaves it as it is; blank is refused, naming the field. */
export function requiredText(field: string, value: string | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value && withUnixLineBreaks(value).trim();
  if (!trimmed) throw badUserInput(`${field} cannot be empty`);
  return trimmed;
}
