/**
 * Names are text from anyone: isolated, a bidirectional control character inside one (such as
 * U+202E RIGHT-TO-LEFT OVERRIDE) cannot turn around the text that follows it.
 */

/** FIRST STRONG ISOLATE: starts an isolate whose direction follows its own first letter. */
const FIRST_STRONG_ISOLATE = '\u2068';

/** POP DIRECTIONAL ISOLATE: ends the isolate, and any override left open inside it. */
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Bidirectional controls, and letters of right-to-left scripts. */
const SETS_DIRECTION =
	/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Wraps a name for use inside a sentence (a translated string, a snackbar, an option label),
 * where a `<bdi>` element cannot go. A name with nothing that sets a direction is left as it
 * is, so that the sentence's text stays exactly what was translated.
 *
 * @param name A credential's or a user's name.
 */
export function isolate( name: string ): string {
	return SETS_DIRECTION.test( name )
		? `${ FIRST_STRONG_ISOLATE }${ name }${ POP_DIRECTIONAL_ISOLATE }`
		: name;
}
