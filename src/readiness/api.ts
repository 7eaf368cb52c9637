/**
 * The readiness checks only a REST request can answer, made after the table has loaded.
 */

import apiFetch from '@wordpress/api-fetch';

import { OVERVIEW_NAMESPACE } from '../api/owners';
import { basicAuthHeader } from '../utils/basic-auth';
import { isRecord } from '../utils/is-record';
import type { AbilitiesCheck, ClientChecks } from './types';

/** Route where the MCP Adapter plugin registers its default MCP server. */
export const MCP_ADAPTER_ROUTE = '/mcp/mcp-adapter-default-server';

/** The REST namespace of that route. */
const MCP_NAMESPACE = 'mcp';

function statusOf( error: unknown ): number | null {
	return error instanceof Response ? error.status : null;
}

/**
 * Asks core's Site Health whether the Authorization header reaches PHP on this server.
 *
 * @return True when it does, false when it does not, null when that cannot be told.
 */
export async function authorizationHeaderReachesPhp(): Promise<
	boolean | null
> {
	try {
		// Core's own check: PHP must see exactly these dummy credentials.
		const result: unknown = await apiFetch( {
			path: '/wp-site-health/v1/tests/authorization-header',
			headers: { Authorization: basicAuthHeader( 'user', 'pwd' ) },
		} );
		return isRecord( result ) ? result.status === 'good' : null;
	} catch {
		return null;
	}
}

/**
 * Counts the abilities listed at /wp-abilities/v1/abilities, or says the routes are absent.
 *
 * @return What was found, or null when the check failed for another reason.
 */
export async function checkAbilities(): Promise< AbilitiesCheck | null > {
	try {
		const response = ( await apiFetch( {
			path: '/wp-abilities/v1/abilities?per_page=1',
			parse: false,
		} ) ) as Response;
		const total = response.headers.get( 'X-WP-Total' );
		// Read the one-item body: left unread, it keeps the request open and the page never idle.
		await response.text();
		return {
			present: true,
			count:
				total !== null && /^\d+$/.test( total )
					? Number( total )
					: null,
		};
	} catch ( error ) {
		return statusOf( error ) === 404 ? { present: false } : null;
	}
}

/**
 * Tells whether the MCP Adapter's default server route exists. Core answers OPTIONS for any
 * path with 200, describing the route when there is one and with an empty body when not, so
 * an absent adapter (optional) never shows as a failed request in the browser's console.
 *
 * @return True when it exists, false when not, null when that cannot be told.
 */
export async function checkMcpAdapter(): Promise< boolean | null > {
	try {
		const route: unknown = await apiFetch( {
			path: MCP_ADAPTER_ROUTE,
			method: 'OPTIONS',
		} );
		return isRecord( route ) && route.namespace === MCP_NAMESPACE;
	} catch {
		return null;
	}
}

/**
 * Runs the client-side checks one after another, never in parallel: on a server with few PHP
 * workers, the person's own requests then wait for at most one check, not all of them.
 */
export async function runClientChecks(): Promise< ClientChecks > {
	const authorizationHeader = await authorizationHeaderReachesPhp();
	const abilities = await checkAbilities();
	const mcpAdapter = await checkMcpAdapter();
	return { authorizationHeader, abilities, mcpAdapter };
}

/**
 * Asks the plugin's route to set core's `using_application_passwords` switch, as core does when
 * it creates a credential, so that credentials written around core can sign in.
 *
 * @return Core's verdict afterwards: true once WordPress checks application passwords at sign-in.
 */
export async function turnOnApplicationPasswordSignIn(): Promise< boolean > {
	const answer: unknown = await apiFetch( {
		path: `${ OVERVIEW_NAMESPACE }/using-application-passwords`,
		method: 'POST',
	} );
	if ( ! isRecord( answer ) || typeof answer.inUse !== 'boolean' ) {
		throw new TypeError(
			'The sign-in switch route must answer whether application passwords are in use.'
		);
	}
	return answer.inUse;
}
