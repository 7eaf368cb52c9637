/**
 * Presenting a new application password.
 */

/**
 * Splits a password into groups of four characters, as WordPress core shows it.
 *
 * @param password Password as core returned it.
 */
export function groupInFours( password: string ): string {
	return ( password.replace( /\s+/g, '' ).match( /.{1,4}/g ) ?? [] ).join(
		' '
	);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Normalises an App ID: trimmed and lowercased, or null when it is not a UUID.
 *
 * @param value What the user typed.
 */
export function normaliseAppId( value: string ): string | null {
	const appId = value.trim().toLowerCase();
	return UUID.test( appId ) ? appId : null;
}
