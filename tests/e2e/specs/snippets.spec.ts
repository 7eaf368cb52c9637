/**
 * Connection snippets in the one-time view: each filled in, copied as shown, and the curl and
 * Node.js ones run against this site; none of them outlives the view.
 */

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Locator, Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { ABILITIES, USERS_PAGE } from '../utils/site';
import { createThroughScreen, expectForgotten } from '../utils/screen';

const run = promisify( execFile );

/**
 * Opens a snippet's tab, presses its Copy button and returns what reached the clipboard.
 *
 * @param page  Page.
 * @param view  One-time view.
 * @param tab   Tab name.
 * @param label What the Copy button copies.
 */
async function copySnippet(
	page: Page,
	view: Locator,
	tab: string,
	label: string
): Promise< string > {
	await view.getByRole( 'tab', { name: tab } ).click();
	await view.getByRole( 'button', { name: `Copy ${ label }` } ).click();
	await expect( view.getByText( `Copied the ${ label }.` ) ).toBeVisible();
	const copied = await page.evaluate( () => navigator.clipboard.readText() );
	expect( copied ).toBe(
		await view.getByLabel( label, { exact: true } ).textContent()
	);
	return copied;
}

test( 'every snippet is filled in, and the curl and Node.js ones authenticate', async ( {
	page,
	context,
	client,
	baseURL,
} ) => {
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ] );
	await page.goto( USERS_PAGE );
	// The Claude Desktop tab needs the readiness panel's answer about the MCP Adapter.
	await expect(
		page.getByRole( 'region', { name: 'Readiness' } ).getByRole( 'status' )
	).toHaveText( /^Credentials will work/, { timeout: 30_000 } );
	const { view, password } = await createThroughScreen( page, 'Snippets' );
	const compact = password.replace( / /g, '' );
	const abilitiesUrl = `${ baseURL }/${ ABILITIES }`;

	// curl, exactly as copied, run by a shell; the status is asked of curl after the snippet.
	const curl = await copySnippet( page, view, 'curl', 'curl command' );
	expect( curl ).toBe( `curl -u 'admin:${ compact }' '${ abilitiesUrl }'` );
	const curlRun = await run( 'sh', [
		'-c',
		`${ curl } --silent --write-out '\\n%{http_code}'`,
	] );
	const curlLines = curlRun.stdout.trim().split( '\n' );
	expect( curlLines.pop() ).toBe( '200' );
	expect( JSON.parse( curlLines.join( '\n' ) ) ).toEqual(
		expect.arrayContaining( [
			expect.objectContaining( { name: 'core/get-site-info' } ),
		] )
	);

	// Claude Desktop: this site has no MCP Adapter, and the screen says so.
	const claude = JSON.parse(
		await copySnippet(
			page,
			view,
			'Claude Desktop',
			'Claude Desktop configuration'
		)
	);
	await expect(
		view.getByText( /No MCP Adapter route was found on this site/ )
	).toBeVisible();
	expect( claude ).toEqual( {
		mcpServers: {
			wordpress: {
				command: 'npx',
				args: [ '-y', '@automattic/mcp-wordpress-remote' ],
				env: {
					WP_API_URL: `${ baseURL }/wp-json/mcp/mcp-adapter-default-server`,
					WP_API_USERNAME: 'admin',
					WP_API_PASSWORD: compact,
					OAUTH_ENABLED: 'false',
				},
			},
		},
	} );
	const { env } = claude.mcpServers.wordpress;
	expect(
		await client.status(
			ABILITIES,
			env.WP_API_USERNAME,
			env.WP_API_PASSWORD
		)
	).toBe( 200 );

	const python = await copySnippet( page, view, 'Python', 'Python code' );
	expect( python ).toContain( `"${ abilitiesUrl }",` );
	expect( python ).toContain( `auth=("admin", "${ compact }"),` );
	expect( python ).toContain( 'response.raise_for_status()' );

	// Node.js, as copied, saved to a file and run by node.
	const node = await copySnippet( page, view, 'Node.js', 'Node.js code' );
	const dir = await mkdtemp( join( tmpdir(), 'snippet-' ) );
	try {
		await writeFile( join( dir, 'check.mjs' ), node );
		// A plain terminal: no colours forced by the test runner.
		const nodeRun = await run( process.execPath, [ 'check.mjs' ], {
			cwd: dir,
			env: { PATH: process.env.PATH },
		} );
		expect( nodeRun.stdout ).toMatch( /^200 \[/ );
		expect( nodeRun.stdout ).toContain( 'core/get-site-info' );
	} finally {
		await rm( dir, { recursive: true, force: true } );
	}

	// Gone from the page, its storage and its address once the view is closed.
	await view.getByRole( 'button', { name: 'Done' } ).click();
	await expect( view ).toBeHidden();
	await expectForgotten( page, password );
	expect( await page.content() ).not.toContain( 'mcp-wordpress-remote' );
} );
