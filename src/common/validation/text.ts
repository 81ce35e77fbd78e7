/**
 * Control characters (C0, C1, DEL) other than tab, line feed and carriage
 * return, plus lone surrogates, are refused in every text field: they hide
 * content from reviewers and break downstream tools.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}
