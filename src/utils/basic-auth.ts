/**
 * HTTP Basic auth, as API clients send it.
 */

/**
 * Returns the Authorization header value for a username and password, UTF-8 safe.
 *
 * @param username Login.
 * @param password Password.
 */
export function basicAuthHeader( username: string, password: string ): string {
	const bytes = new TextEncoder().encode( `${ username }:${ password }` );
	let binary = '';
	bytes.forEach( ( byte ) => ( binary += String.fromCharCode( byte ) ) );
	return `Basic ${ btoa( binary ) }`;
}
