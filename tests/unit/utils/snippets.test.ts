/*
 * @jest-environment node
 */
import {
	claudeDesktopSnippet,
	curlSnippet,
	nodeSnippet,
	pythonSnippet,
} from '../../../src/utils/snippets';

const credentials = {
	restUrl: 'https://example.com/wp-json/',
	username: 'o"brien',
	password: 'abcd EFGH ijkl MNOP qrst UVWX',
};

describe( 'connection snippets', () => {
	it( 'fills curl with the abilities endpoint', () => {
		expect( curlSnippet( credentials ) ).toBe(
			'curl -u "o\\"brien:abcdEFGHijklMNOPqrstUVWX" https://example.com/wp-json/wp-abilities/v1/abilities'
		);
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
