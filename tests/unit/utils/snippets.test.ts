/*
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';

import {
	claudeDesktopSnippet,
	curlSnippet,
	nodeSnippet,
	pythonSnippet,
	shellQuote,
} from '../../../src/utils/snippets';

/**
 * Runs a curl command through bash with `curl` replaced by a function that prints the
 * arguments it received, one per line, as curl would have received them.
 *
 * @param command The command a person pastes.
 */
function argumentsBashPasses( command: string ): string[] {
	const output = execFileSync(
		'bash',
		[ '-c', `curl() { printf '%s\\n' "$@"; }; ${ command }` ],
		{ encoding: 'utf8' }
	);
	return output.replace( /\n$/, '' ).split( '\n' );
}

const credentials = {
	restUrl: 'https://example.com/wp-json/',
	username: 'o"brien',
	password: 'abcd EFGH ijkl MNOP qrst UVWX',
};

describe( 'connection snippets', () => {
	it( 'fills curl with the abilities endpoint, every argument single-quoted', () => {
		expect( curlSnippet( credentials ) ).toBe(
			`curl -u 'o"brien:abcdEFGHijklMNOPqrstUVWX' 'https://example.com/wp-json/wp-abilities/v1/abilities'`
		);
	} );

	it.each( [
		[
			'plain permalinks',
			'http://example.com/index.php?rest_route=/',
			'http://example.com/index.php?rest_route=/wp-abilities/v1/abilities',
		],
		[
			'an ampersand',
			'https://example.com/index.php?lang=en&rest_route=/',
			'https://example.com/index.php?lang=en&rest_route=/wp-abilities/v1/abilities',
		],
		[
			'a space and a star',
			'https://example.com/my site*/wp-json/',
			'https://example.com/my site*/wp-json/wp-abilities/v1/abilities',
		],
	] )(
		'hands curl the whole address with %s, through bash',
		( _case, restUrl, expected ) => {
			expect(
				argumentsBashPasses(
					curlSnippet( { ...credentials, restUrl } )
				)
			).toEqual( [ '-u', 'o"brien:abcdEFGHijklMNOPqrstUVWX', expected ] );
		}
	);

	it( 'hands curl a username with quotes, dollars and backticks as typed, through bash', () => {
		const username = `o'brien "$HOME" \`id\` \\ !`;
		expect(
			argumentsBashPasses(
				curlSnippet( { ...credentials, username } )
			)[ 1 ]
		).toBe( `${ username }:abcdEFGHijklMNOPqrstUVWX` );
	} );

	it( 'writes a single quote as quote, backslash, quote, quote', () => {
		expect( shellQuote( "it's" ) ).toBe( `'it'\\''s'` );
		expect( shellQuote( '' ) ).toBe( "''" );
	} );

	it( 'writes Claude Desktop’s configuration with the README’s variable names', () => {
		expect( JSON.parse( claudeDesktopSnippet( credentials ) ) ).toEqual( {
			mcpServers: {
				wordpress: {
					command: 'npx',
					args: [ '-y', '@automattic/mcp-wordpress-remote' ],
					env: {
						WP_API_URL:
							'https://example.com/wp-json/mcp/mcp-adapter-default-server',
						WP_API_USERNAME: 'o"brien',
						WP_API_PASSWORD: 'abcdEFGHijklMNOPqrstUVWX',
						OAUTH_ENABLED: 'false',
					},
				},
			},
		} );
	} );

	it( 'quotes values safely in Python and Node', () => {
		expect( pythonSnippet( credentials ) ).toContain(
			'auth=("o\\"brien", "abcdEFGHijklMNOPqrstUVWX"),'
		);
		expect( nodeSnippet( credentials ) ).toContain(
			'Buffer.from( "o\\"brien:abcdEFGHijklMNOPqrstUVWX" )'
		);
	} );
} );
