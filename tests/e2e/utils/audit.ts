/**
 * What the audit-trail specs share: the routes, the event shape, and a REST session of any user.
 */

import {
	request as apiRequest,
	type APIRequestContext,
	type APIResponse,
} from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { sessionOf, type TestUser } from './site';

export const AUDIT = '/app-passwords-manager/v1';

/** One event as `GET /events` returns it. */
export interface AuditEvent {
	id: number;
	time: string;
	type: string;
	user_id: number;
	user_login: string;
	uuid: string | null;
	name: string | null;
	actor_id: number;
	actor_login: string | null;
	via: string;
	via_uuid: string | null;
	ip: string | null;
	method: string | null;
	route: string | null;
	context: Record< string, unknown >;
}

/** A credential's usage as `GET /usage/{user}/{uuid}` returns it. */
export interface AuditUsage {
	days: Array< { date: string; requests: number; writes: number } >;
	buckets: Array< {
		bucket: string;
		requests: number;
		writes: number;
		last_seen: string;
	} >;
	addresses: Array< {
		ip: string;
		requests: number;
		first_seen: string;
		last_seen: string;
	} >;
}

/** An email the test site captured through `pre_wp_mail` (tests/fixtures/mu-plugins/e2e-audit.php). */
export interface CapturedMail {
	to: string;
	subject: string;
	message: string;
}

/**
 * A signed-in REST session: cookies plus the REST nonce, as the screen's api-fetch sends them.
 */
export class RestSession {
	/**
	 * @param context Request context holding the session cookies.
	 * @param nonce   REST nonce of the session.
	 */
	constructor(
		readonly context: APIRequestContext,
		private readonly nonce: string
	) {}

	/**
	 * Signs a user in over HTTP and fetches their REST nonce.
	 *
	 * @param baseURL Site URL.
	 * @param user    Who signs in.
	 */
	static async of( baseURL: string, user: TestUser ): Promise< RestSession > {
		const context = await apiRequest.newContext( {
			baseURL,
			storageState: await sessionOf( baseURL, user ),
		} );
		const nonce = await (
			await context.get( 'wp-admin/admin-ajax.php?action=rest-nonce' )
		).text();
		return new RestSession( context, nonce );
	}

	/**
	 * Sends a REST request and returns the raw response.
	 *
	 * @param method          HTTP method.
	 * @param path            Route, e.g. '/wp/v2/users/me'.
	 * @param options         Query, JSON body and extra headers.
	 * @param options.params  Query arguments.
	 * @param options.data    JSON body.
	 * @param options.headers Extra headers.
	 */
	fetch(
		method: string,
		path: string,
		options: {
			params?: Record< string, string | number >;
			data?: unknown;
			headers?: Record< string, string >;
		} = {}
	): Promise< APIResponse > {
		return this.context.fetch( `wp-json${ path }`, {
			method,
			params: options.params,
			data: options.data,
			headers: { 'X-WP-Nonce': this.nonce, ...options.headers },
			failOnStatusCode: false,
		} );
	}

	/** Ends the session. */
	dispose(): Promise< void > {
		return this.context.dispose();
	}
}

/**
 * Reads a user's events, oldest first, as the administrator.
 *
 * @param requestUtils Administrator's request utilities.
 * @param userId       Owner.
 * @param params       More query arguments.
 */
export function eventsOf(
	requestUtils: RequestUtils,
	userId: number,
	params: Record< string, string | number > = {}
): Promise< AuditEvent[] > {
	return requestUtils.rest< AuditEvent[] >( {
		path: `${ AUDIT }/events`,
		params: { user_id: userId, order: 'asc', per_page: 100, ...params },
	} );
}

/**
 * Reads a credential's usage as the administrator.
 *
 * @param requestUtils Administrator's request utilities.
 * @param userId       Owner.
 * @param uuid         Credential.
 */
export function usageOf(
	requestUtils: RequestUtils,
	userId: number,
	uuid: string
): Promise< AuditUsage > {
	return requestUtils.rest< AuditUsage >( {
		path: `${ AUDIT }/usage/${ userId }/${ uuid }`,
	} );
}

/**
 * Returns the emails captured so far to one address.
 *
 * @param requestUtils Administrator's request utilities.
 * @param to           Recipient.
 */
export async function mailsTo(
	requestUtils: RequestUtils,
	to: string
): Promise< CapturedMail[] > {
	const mails = await requestUtils.rest< CapturedMail[] >( {
		path: '/e2e/v1/mails',
	} );
	return mails.filter( ( mail ) => mail.to === to );
}

/**
 * The user's email, as tests/e2e/utils/site.ts creates users.
 *
 * @param user The user.
 */
export const emailOf = ( user: TestUser ): string =>
	`${ user.username }@example.com`;
