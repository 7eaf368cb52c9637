/**
 * Tests a new credential the way an API client uses it: HTTP Basic auth and no cookies.
 */

import { authorizationHeaderReachesPhp } from '../readiness/api';
import { basicAuthHeader } from '../utils/basic-auth';
import { isRecord } from '../utils/is-record';

/** What a credential test found. */
export type CredentialTestResult =
	| {
			outcome: 'success';
			/** Display name of the user the site authenticated. */
			userName: string;
			/** Abilities that user can see, or null where the Abilities API is absent. */
			abilityCount: number | null;
	  }
	| { outcome: 'rejected'; message: string }
	| PolicyRefusal
	| { outcome: 'unavailable' }
	| { outcome: 'unavailable-for-user'; message: string }
	| { outcome: 'header-stripped' }
	| { outcome: 'failed'; message: string };

/** Why a credential's policy refused a request, as the server's error code says. */
export type PolicyReason =
	'expired' | 'ip-not-allowed' | 'read-only' | 'rotated-out';

/** A request the credential's own policy refused, with what the server said about it. */
export interface PolicyRefusal {
	outcome: 'policy';
	reason: PolicyReason;
	message: string;
	/** When it expired or stopped working (ISO UTC), where the server says. */
	date: string | null;
	/** The address the server saw, where it says. */
	ip: string | null;
}

/** The error codes of policy refusals (see the README's "Scoped credentials"). */
export const POLICY_CODES: Record< string, PolicyReason > = {
	application_password_expired: 'expired',
	application_password_ip_not_allowed: 'ip-not-allowed',
	application_password_read_only: 'read-only',
	application_password_rotated_out: 'rotated-out',
};

/**
 * Reads a policy refusal out of an error body, or returns null when it is something else.
 *
 * @param body            The response body.
 * @param fallbackMessage What to say when the body has no message.
 */
export function readPolicyRefusal(
	body: unknown,
	fallbackMessage: string
): PolicyRefusal | null {
	if ( ! isRecord( body ) || typeof body.code !== 'string' ) {
		return null;
	}
	const reason = POLICY_CODES[ body.code ];
	if ( ! reason ) {
		return null;
	}
	const data = isRecord( body.data ) ? body.data : {};
	const text = ( value: unknown ) =>
		typeof value === 'string' && value !== '' ? value : null;
	return {
		outcome: 'policy',
		reason,
		message: text( body.message ) ?? fallbackMessage,
		date:
			text( data.expired_at ) ??
			text( data.expires ) ??
			text( data.revoke_at ),
		ip: text( data.ip ),
	};
}

interface Credentials {
	/** REST API root with a trailing slash, e.g. https://example.com/wp-json/. */
	restUrl: string;
	username: string;
	password: string;
}

/** Error codes with which core refuses credentials it did receive. */
const REJECTED_CODES = new Set( [
	'incorrect_password',
	'invalid_username',
	'invalid_email',
] );

async function readJson( response: Response ): Promise< unknown > {
	try {
		return await response.json();
	} catch {
		return null;
	}
}

async function basicGet( credentials: Credentials, route: string ) {
	return fetch( `${ credentials.restUrl }${ route }`, {
		// Cookies would authenticate the request as the admin looking at the page.
		credentials: 'omit',
		headers: {
			Authorization: basicAuthHeader(
				credentials.username,
				credentials.password
			),
			Accept: 'application/json',
		},
	} );
}

/**
 * Authenticates with a credential against the abilities endpoint, or the current-user
 * endpoint where the Abilities API is absent, and explains any failure.
 *
 * @param credentials Site, username and application password.
 */
export async function testCredential(
	credentials: Credentials
): Promise< CredentialTestResult > {
	let me: Response;
	let abilities: Response;
	try {
		[ me, abilities ] = await Promise.all( [
			basicGet( credentials, 'wp/v2/users/me' ),
			basicGet( credentials, 'wp-abilities/v1/abilities' ),
		] );
	} catch ( error ) {
		return {
			outcome: 'failed',
			message: error instanceof Error ? error.message : String( error ),
		};
	}

	const body = await readJson( me );
	if ( me.ok && isRecord( body ) ) {
		return {
			outcome: 'success',
			userName: typeof body.name === 'string' ? body.name : '',
			abilityCount: abilities.ok
				? await countAbilities( abilities )
				: null,
		};
	}

	const code =
		isRecord( body ) && typeof body.code === 'string' ? body.code : '';
	const message =
		isRecord( body ) && typeof body.message === 'string'
			? body.message
			: `HTTP ${ me.status }`;
	const refusal = readPolicyRefusal( body, message );
	if ( refusal ) {
		return refusal;
	}
	if ( code === 'application_passwords_disabled' || me.status === 501 ) {
		return { outcome: 'unavailable' };
	}
	if ( code === 'application_passwords_disabled_for_user' ) {
		return { outcome: 'unavailable-for-user', message };
	}
	if ( REJECTED_CODES.has( code ) ) {
		return { outcome: 'rejected', message };
	}
	if ( me.status === 401 ) {
		// Turned off for the site, core ignores every credential without saying why.
		if (
			( await siteOffersApplicationPasswords( credentials ) ) === false
		) {
			return { outcome: 'unavailable' };
		}
		// Without the header PHP never sees the credential; with it, a 401 means a wrong one.
		return ( await authorizationHeaderReachesPhp() ) === false
			? { outcome: 'header-stripped' }
			: { outcome: 'rejected', message };
	}
	return { outcome: 'failed', message };
}

/**
 * Says whether the site offers application passwords now, as its REST index tells clients
 * (core lists them under `authentication` only while they are available).
 *
 * @param credentials Where the site is.
 * @return The answer, or null when the index could not be read.
 */
async function siteOffersApplicationPasswords(
	credentials: Credentials
): Promise< boolean | null > {
	const { restUrl } = credentials;
	try {
		const response = await fetch(
			`${ restUrl }${ restUrl.includes( '?' ) ? '&' : '?' }_fields=authentication`,
			{ credentials: 'omit', headers: { Accept: 'application/json' } }
		);
		const body = await readJson( response );
		if ( ! response.ok || ! isRecord( body ) ) {
			return null;
		}
		return (
			isRecord( body.authentication ) &&
			'application-passwords' in body.authentication
		);
	} catch {
		return null;
	}
}

async function countAbilities( response: Response ): Promise< number | null > {
	const total = Number( response.headers.get( 'X-WP-Total' ) );
	if ( Number.isInteger( total ) && response.headers.has( 'X-WP-Total' ) ) {
		return total;
	}
	const body = await readJson( response );
	return Array.isArray( body ) ? body.length : null;
}
