/**
 * Names are text from anyone: isolated, a bidirectional control character inside one (such as
 * U+202E RIGHT-TO-LEFT OVERRIDE) cannot turn around the text that follows it.
 */

/** FIRST STRONG ISOLATE: starts an isolate whose direction follows its own first letter. */
const FIRST_STRONG_ISOLATE = '\u2068';

/** POP DIRECTIONAL ISOLATE: ends the isolate, and any override left open inside it. */
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Wraps a name for use inside a sentence (a translated string, a snackbar, an option label),
 * where a `<bdi>` element cannot go.
 *
 * @param name A credential's or a user's name.
 */
export function isolate( name: string ): string {
	return `${ FIRST_STRONG_ISOLATE }${ name }${ POP_DIRECTIONAL_ISOLATE }`;
}
