/**
 * Text as an editor typed it: browsers submit the line breaks of a text area as CRLF, which
 * would make every multi-line field differ from the same text saved before. Stored text uses LF.
 */
export function withUnixLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}
