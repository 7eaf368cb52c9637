/**
 * The readiness checks only a REST request can answer, made after the table has loaded.
 */

import apiFetch from '@wordpress/api-fetch';

import { authorizationHeaderReachesPhp } from './credential-test';

/** Route where the MCP Adapter plugin registers its default MCP server. */
export const MCP_ADAPTER_ROUTE = '/mcp/mcp-adapter-default-server';

/** The REST namespace of that route. */
const MCP_NAMESPACE = '/mcp';

/** What the Abilities API check found. */
export type AbilitiesCheck =
	{ present: true; count: number | null } | { present: false };

/** Answers of the client-side checks; null where a check could not tell. */
export interface ClientChecks {
	authorizationHeader: boolean | null;
	abilities: AbilitiesCheck | null;
	mcpAdapter: boolean | null;
}

function statusOf( error: unknown ): number | null {
	return error instanceof Response ? error.status : null;
}

function isNoRoute( error: unknown ): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		'code' in error &&
		error.code === 'rest_no_route'
	);
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
 * Tells whether the MCP Adapter's default server route exists, from the index of the REST
 * namespace it registers (an OPTIONS request would not do: core answers it for any path).
 *
 * @return True when it exists, false when not, null when that cannot be told.
 */
export async function checkMcpAdapter(): Promise< boolean | null > {
	try {
		const index: unknown = await apiFetch( { path: MCP_NAMESPACE } );
		return (
			typeof index === 'object' &&
			index !== null &&
			'routes' in index &&
			typeof index.routes === 'object' &&
			index.routes !== null &&
			MCP_ADAPTER_ROUTE in index.routes
		);
	} catch ( error ) {
		return isNoRoute( error ) ? false : null;
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
