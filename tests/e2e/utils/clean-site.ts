/**
 * The clean site the release tests install the plugin zip on (`bin/e2e-server.mjs --clean`).
 *
 * It does not mount this repository, so deleting the plugin there deletes only the copy that
 * was installed from the zip. Its files live on this machine, in .cache/e2e-clean-site/.
 * The release tests start it and stop it, so it costs nothing while other tests run.
 */

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';

import { expect, request } from '@playwright/test';
import type { Browser, BrowserContext } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

const root = join( __dirname, '..', '..', '..' );

export const PLUGIN_SLUG = 'mainwp-application-passwords';
export const PLUGIN_NAME = 'MainWP Application Passwords';

/** Site URL, set by playwright.config.ts from WP_E2E_CLEAN_PORT. */
export const CLEAN_URL = process.env.WP_E2E_CLEAN_URL!;

/** The zip that `npm run plugin-zip` writes; the clean server packs it from the current build. */
export const ZIP_FILE = join( root, `${ PLUGIN_SLUG }.zip` );

/** The clean site's WordPress folder. */
export const CLEAN_WORDPRESS = join(
	root,
	'.cache',
	'e2e-clean-site',
	'wordpress'
);

/** Where WordPress puts the plugin when it is installed from the zip. */
export const INSTALLED_PLUGIN = join(
	CLEAN_WORDPRESS,
	'wp-content',
	'plugins',
	PLUGIN_SLUG
);

/**
 * Packs the zip from the current build, starts the clean site, and waits until it answers.
 *
 * @return Stops the site.
 */
export async function startCleanSite(): Promise< () => Promise< void > > {
	const server = spawn(
		process.execPath,
		[ join( root, 'bin', 'e2e-server.mjs' ), '--clean' ],
		{
			cwd: root,
			env: process.env,
			stdio: [ 'ignore', 'ignore', 'inherit' ],
		}
	);
	// It runs beside the e2e project (playwright.config.ts): on a busy machine the e2e project's
	// site, the run's longest lane, gets the CPU first. Its processes inherit this priority.
	try {
		setPriority( server.pid!, 5 );
	} catch {
		// Not allowed here: it keeps the same priority.
	}
	const exited = new Promise< void >( ( done ) =>
		server.once( 'exit', () => done() )
	);
	await expect
		.poll(
			async () => {
				if ( server.exitCode !== null ) {
					return `the server exited with code ${ server.exitCode }`;
				}
				try {
					return ( await fetch( `${ CLEAN_URL }/wp-login.php` ) )
						.status;
				} catch {
					return 'not listening yet';
				}
			},
			{ timeout: 240_000, message: `WordPress answers at ${ CLEAN_URL }` }
		)
		.toBe( 200 );
	return async () => {
		server.kill( 'SIGTERM' );
		await exited;
	};
}

const storageStatePath = join(
	root,
	'artifacts',
	'storage-states',
	'clean-site-admin.json'
);

/**
 * Logs the administrator in to the clean site for REST calls, and saves the session.
 */
export async function cleanSiteRequestUtils(): Promise< RequestUtils > {
	const requestContext = await request.newContext( { baseURL: CLEAN_URL } );
	const requestUtils = new RequestUtils( requestContext, {
		baseURL: CLEAN_URL,
		storageStatePath,
	} );
	// The library looks for the REST root on WP_BASE_URL, the main test site: this site has its own.
	requestUtils.setupRest = async () => {
		const nonce = await requestUtils.login();
		const { cookies } = await requestContext.storageState();
		const storageState = {
			cookies,
			nonce,
			rootURL: `${ CLEAN_URL }/wp-json/`,
		};
		mkdirSync( dirname( storageStatePath ), { recursive: true } );
		writeFileSync( storageStatePath, JSON.stringify( storageState ) );
		requestUtils.storageState = storageState;
		return storageState;
	};
	await requestUtils.setupRest();
	return requestUtils;
}

/**
 * Opens a browser context on the clean site with the administrator's saved session.
 *
 * @param browser Browser.
 */
export async function cleanSiteContext(
	browser: Browser
): Promise< BrowserContext > {
	return browser.newContext( {
		baseURL: CLEAN_URL,
		storageState: storageStatePath,
	} );
}
