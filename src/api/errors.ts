/**
 * Errors as api-fetch rejects them, turned into something the screen can say.
 */

import { __, sprintf } from '@wordpress/i18n';

import { isRecord } from '../utils/is-record';

/** A failed REST request: the server's code and message, and the HTTP status when known. */
export interface RestError {
	code: string;
	message: string;
	status: number | null;
}

/** Codes with which core refuses a cookie request whose login session has ended. */
const SESSION_ENDED = new Set( [
	'rest_cookie_invalid_nonce',
	'rest_not_logged_in',
] );

/**
 * Reads the WP_Error body out of a failed response that api-fetch rejected with unparsed
 * (requests made with `parse: false`); anything else is returned as it is.
 *
 * @param error What the request rejected with.
 */
export async function readErrorResponse( error: unknown ): Promise< unknown > {
	if ( typeof Response !== 'undefined' && error instanceof Response ) {
		try {
			return await error.json();
		} catch {
			return {
				code: 'invalid_json',
				message: sprintf(
					/* translators: %d: HTTP status code. */
					__(
						'The server answered with HTTP status %d and no readable message.',
						'mainwp-application-passwords'
					),
					error.status
				),
				data: { status: error.status },
			};
		}
	}
	return error;
}

/**
 * Normalises whatever api-fetch rejected with: a WP_Error response, or a network failure.
 *
 * @param error What the request rejected with.
 */
export function toRestError( error: unknown ): RestError {
	if ( isRecord( error ) && typeof error.code === 'string' ) {
		const data = isRecord( error.data ) ? error.data : {};
		if ( SESSION_ENDED.has( error.code ) ) {
			return {
				code: error.code,
				message: __(
					'Your login session has ended. Log in again in another tab, then try again: nothing you typed here is lost.',
					'mainwp-application-passwords'
				),
				status: typeof data.status === 'number' ? data.status : null,
			};
		}
		return {
			code: error.code,
			message:
				typeof error.message === 'string' && error.message !== ''
					? error.message
					: __(
							'The server refused the request.',
							'mainwp-application-passwords'
						),
			status: typeof data.status === 'number' ? data.status : null,
		};
	}
	if ( error instanceof Error ) {
		return { code: 'client_error', message: error.message, status: null };
	}
	return {
		code: 'unknown_error',
		message: __(
			'Something went wrong. Please try again.',
			'mainwp-application-passwords'
		),
		status: null,
	};
}
