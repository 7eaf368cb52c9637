/**
 * Labels the app's REST requests so that the audit trail can say they came from this screen.
 */

import apiFetch, { type APIFetchMiddleware } from '@wordpress/api-fetch';

/** The header the audit trail reads to name the path "this screen"; a label, never a right. */
export const REQUEST_LABEL_HEADER = 'X-App-Passwords-Manager';

/**
 * Adds the label header to a request, keeping its other headers.
 *
 * @param options Request options.
 * @param next    The next middleware.
 */
export const labelRequest: APIFetchMiddleware = ( options, next ) =>
	next( {
		...options,
		headers: { ...options.headers, [ REQUEST_LABEL_HEADER ]: 'screen' },
	} );

/** Adds the label to every api-fetch request made on this page from now on. */
export function addRequestLabel(): void {
	apiFetch.use( labelRequest );
}
