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

/**
 * Builds the reference check an administrator can paste into a terminal.
 *
 * @param restUrl  REST API root with a trailing slash.
 * @param username Login.
 * @param password Application password.
 */
export function curlCommand(
	restUrl: string,
	username: string,
	password: string
): string {
	const credentials =
		`${ username }:${ password.replace( /\s+/g, '' ) }`.replace(
			/(["\\$`])/g,
			'\\$1'
		);
	return `curl -u "${ credentials }" ${ restUrl }wp-abilities/v1/abilities`;
}
