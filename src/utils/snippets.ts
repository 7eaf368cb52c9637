/**
 * Ready-to-paste connection snippets for a new credential.
 */

import { MCP_ADAPTER_ROUTE } from '../readiness/api';

/** The npm package that connects stdio-only MCP clients to the MCP Adapter. */
export const MCP_REMOTE_PACKAGE = '@automattic/mcp-wordpress-remote';

/** Where a snippet connects and as whom. */
export interface SnippetCredentials {
	/** REST API root with a trailing slash. */
	restUrl: string;
	username: string;
	/** Application password, with or without its spaces. */
	password: string;
}

const compact = ( password: string ) => password.replace( /\s+/g, '' );

// A string literal valid in JSON, JavaScript and Python alike.
const literal = ( value: string ) => JSON.stringify( value );

/**
 * Quotes one argument for POSIX shells (sh, bash, zsh): inside single quotes nothing expands,
 * so `?`, `&`, `$` and spaces stay literal; a single quote is written as '\''.
 *
 * @param value The argument as the program must receive it.
 */
export function shellQuote( value: string ): string {
	return `'${ value.replace( /'/g, "'\\''" ) }'`;
}

/**
 * Returns the abilities endpoint the snippets call.
 *
 * @param restUrl REST API root with a trailing slash.
 */
export function abilitiesUrl( restUrl: string ): string {
	return `${ restUrl }wp-abilities/v1/abilities`;
}

/**
 * Returns the MCP Adapter's default server URL.
 *
 * @param restUrl REST API root with a trailing slash.
 */
export function mcpServerUrl( restUrl: string ): string {
	return restUrl + MCP_ADAPTER_ROUTE.replace( /^\//, '' );
}

/**
 * curl against the abilities endpoint, every argument quoted so that plain permalinks
 * (`index.php?rest_route=…`), a `&` or a space in the address survive any POSIX shell.
 *
 * @param credentials Site, username and password.
 */
export function curlSnippet( credentials: SnippetCredentials ): string {
	const userAndPassword = `${ credentials.username }:${ compact(
		credentials.password
	) }`;
	return `curl -u ${ shellQuote( userAndPassword ) } ${ shellQuote(
		abilitiesUrl( credentials.restUrl )
	) }`;
}

/**
 * Claude Desktop's claude_desktop_config.json, running the MCP remote proxy with Basic auth.
 *
 * Variable names as documented in the package's README.
 *
 * @param credentials Site, username and password.
 */
export function claudeDesktopSnippet(
	credentials: SnippetCredentials
): string {
	return JSON.stringify(
		{
			mcpServers: {
				wordpress: {
					command: 'npx',
					args: [ '-y', MCP_REMOTE_PACKAGE ],
					env: {
						WP_API_URL: mcpServerUrl( credentials.restUrl ),
						WP_API_USERNAME: credentials.username,
						WP_API_PASSWORD: compact( credentials.password ),
						OAUTH_ENABLED: 'false',
					},
				},
			},
		},
		null,
		2
	);
}

/**
 * Python with the requests library, listing the abilities.
 *
 * @param credentials Site, username and password.
 */
export function pythonSnippet( credentials: SnippetCredentials ): string {
	return [
		'import requests',
		'',
		'response = requests.get(',
		`    ${ literal( abilitiesUrl( credentials.restUrl ) ) },`,
		`    auth=(${ literal( credentials.username ) }, ${ literal(
			compact( credentials.password )
		) }),`,
		'    timeout=30,',
		')',
		'response.raise_for_status()',
		'print(response.status_code, [ability["name"] for ability in response.json()])',
	].join( '\n' );
}

/**
 * Node.js (18 or newer) with the built-in fetch, listing the abilities.
 *
 * @param credentials Site, username and password.
 */
export function nodeSnippet( credentials: SnippetCredentials ): string {
	const pair = `${ credentials.username }:${ compact(
		credentials.password
	) }`;
	return [
		'// Node.js 18 or newer: save as check.mjs, then run: node check.mjs',
		`const response = await fetch( ${ literal(
			abilitiesUrl( credentials.restUrl )
		) }, {`,
		'\theaders: {',
		`\t\tAuthorization: 'Basic ' + Buffer.from( ${ literal(
			pair
		) } ).toString( 'base64' ),`,
		'\t},',
		'} );',
		'if ( ! response.ok ) {',
		'\tthrow new Error( `HTTP ${ response.status }: ${ await response.text() }` );',
		'}',
		'const abilities = await response.json();',
		'console.log( response.status, abilities.map( ( ability ) => ability.name ) );',
	].join( '\n' );
}
