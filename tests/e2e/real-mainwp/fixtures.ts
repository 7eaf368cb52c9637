/**
 * The real MainWP Dashboard site for the tests: started once per worker, logged in, stopped after.
 *
 * bin/mainwp-site.mjs serves WordPress with the real MainWP Dashboard 6.1.2 on a private MariaDB.
 * Where MainWP cannot be had, that script says so in one line and every test here is reported
 * as not run ("skipped") rather than failed.
 */

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';

import { expect, request } from '@playwright/test';
import type { APIRequest, Locator, Page } from '@playwright/test';
import {
	RequestUtils,
	test as base,
} from '@wordpress/e2e-test-utils-playwright';

import { ABILITIES, basicAuthStatus } from '../utils/site';

const root = join( __dirname, '..', '..', '..' );

/** Exit code of bin/mainwp-site.mjs when real MainWP cannot be had. */
const UNAVAILABLE = 3;

/** Site URL, set by tests/e2e/real-mainwp/project.ts from WP_E2E_MAINWP_PORT. */
export const REAL_MAINWP_URL =
	process.env.WP_E2E_MAINWP_URL ?? 'http://127.0.0.1:8893';

/** MainWP's Dashboard, where the tests start clicking. */
export const MAINWP_DASHBOARD = 'wp-admin/admin.php?page=mainwp_tab';

/** MainWP's own Application Passwords page. */
export const MAINWP_BUILTIN_PAGE =
	'wp-admin/admin.php?page=ApplicationPasswords';

const storageStatePath = join(
	root,
	'artifacts',
	'storage-states',
	'real-mainwp-admin.json'
);

/** The running site, or null when real MainWP is not available here. */
export interface RealMainWPSite {
	url: string;
	storageStatePath: string;
	requestUtils: RequestUtils;
}

/**
 * Starts bin/mainwp-site.mjs and waits until WordPress answers, or learns that it cannot run.
 *
 * @return The stop function, or null when real MainWP is not available.
 */
async function startSite(): Promise< ( () => Promise< void > ) | null > {
	const server = spawn(
		process.execPath,
		[ join( root, 'bin', 'mainwp-site.mjs' ) ],
		{
			cwd: root,
			env: process.env,
			stdio: [ 'ignore', 'pipe', 'inherit' ],
		}
	);
	server.stdout.pipe( process.stdout );
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
					return server.exitCode === UNAVAILABLE
						? 'unavailable'
						: `the server exited with code ${ server.exitCode }`;
				}
				try {
					const { status } = await fetch(
						`${ REAL_MAINWP_URL }/wp-login.php`
					);
					return status === 200 ? 'ready' : `answered ${ status }`;
				} catch {
					return 'not listening yet';
				}
			},
			{
				timeout: 300_000,
				intervals: [ 1000 ],
				message: `WordPress with MainWP answers at ${ REAL_MAINWP_URL }`,
			}
		)
		.toMatch( /^(ready|unavailable)$/ );
	if ( server.exitCode === UNAVAILABLE ) {
		return null;
	}
	return async () => {
		server.kill( 'SIGTERM' );
		await exited;
	};
}

/**
 * Logs the administrator in to the real-MainWP site for REST calls, and saves the session.
 */
async function logIn(): Promise< RequestUtils > {
	const requestContext = await request.newContext( {
		baseURL: REAL_MAINWP_URL,
		// Logging in and MainWP's first page are the slowest requests on Playground.
		timeout: 120_000,
	} );
	const requestUtils = new RequestUtils( requestContext, {
		baseURL: REAL_MAINWP_URL,
		storageStatePath,
	} );
	// The library looks for the REST root on WP_BASE_URL, the main test site: this site has its own.
	requestUtils.setupRest = async () => {
		const nonce = await requestUtils.login();
		const { cookies } = await requestContext.storageState();
		const storageState = {
			cookies,
			nonce,
			rootURL: `${ REAL_MAINWP_URL }/wp-json/`,
		};
		mkdirSync( dirname( storageStatePath ), { recursive: true } );
		writeFileSync( storageStatePath, JSON.stringify( storageState ) );
		requestUtils.storageState = storageState;
		return storageState;
	};
	await requestUtils.setupRest();
	// The first MainWP page after boot is slow; pay that once here rather than in a test.
	await requestContext.get( MAINWP_DASHBOARD );
	return requestUtils;
}

/**
 * The end-to-end utilities' `test`, against the real-MainWP site instead of the main test site.
 */
export const test = base.extend<
	{ realMainWPRequired: void; mainwpRequestUtils: RequestUtils },
	{ realMainWP: RealMainWPSite | null }
>( {
	realMainWP: [
		async ( {}, provide ) => {
			const stop = await startSite();
			if ( ! stop ) {
				await provide( null );
				return;
			}
			try {
				await provide( {
					url: REAL_MAINWP_URL,
					storageStatePath,
					requestUtils: await logIn(),
				} );
			} finally {
				await stop();
			}
		},
		{ scope: 'worker', timeout: 360_000 },
	],
	mainwpRequestUtils: async ( { realMainWP }, provide ) => {
		// Only reached when the site runs: `realMainWPRequired` skips the test otherwise.
		await provide( realMainWP!.requestUtils );
	},
	storageState: async ( { realMainWP }, provide ) => {
		await provide(
			realMainWP?.storageStatePath ?? { cookies: [], origins: [] }
		);
	},
	realMainWPRequired: [
		async ( { realMainWP }, provide, testInfo ) => {
			testInfo.skip(
				! realMainWP,
				'Real MainWP Dashboard is not available on this machine.'
			);
			await provide();
		},
		{ auto: true },
	],
} );

/**
 * Clicks a link to another MainWP page and waits until that page has loaded.
 *
 * MainWP's pages are slow on Playground (its REST API page calls the site itself, and its
 * scripts prefetch menu links on hover), so the wait is longer than a click's own.
 *
 * @param page Page.
 * @param link The link.
 * @param url  What the new page's address matches.
 */
export async function followLink(
	page: Page,
	link: Locator,
	url: RegExp
): Promise< void > {
	await Promise.all( [
		page.waitForURL( url, { timeout: 120_000 } ),
		link.click( { noWaitAfter: true } ),
	] );
}

/**
 * Waits until the readiness panel's checks are in, allowing for MainWP's slower pages.
 *
 * @param page Page showing the screen.
 */
export async function readinessCheckedInMainWP( page: Page ): Promise< void > {
	await expect(
		page.getByRole( 'region', { name: 'Readiness' } ).getByRole( 'status' )
	).not.toHaveText( /^Checking/, { timeout: 90_000 } );
}

/**
 * Signs in to the real-MainWP site as admin with an application password, as a client would
 * (Basic auth, no cookies), and returns the status.
 *
 * @param requests Playwright's API request factory (`playwright.request`).
 * @param password Application password.
 * @param path     Path below the site URL.
 */
export function signInStatus(
	requests: APIRequest,
	password: string,
	path = ABILITIES
): Promise< number > {
	return basicAuthStatus(
		requests,
		REAL_MAINWP_URL,
		path,
		'admin',
		password
	);
}

/** MainWP's own Application Passwords page, as a person uses it. */
export interface MainWPBuiltinPage {
	/**
	 * Creates a credential with the page's create dialog and reads the password it shows once.
	 *
	 * @param name Credential name.
	 */
	create: ( name: string ) => Promise< string >;
	/**
	 * Revokes a credential with the page's Revoke button, confirming MainWP's prompt.
	 *
	 * @param name Credential name.
	 */
	revoke: ( name: string ) => Promise< void >;
}

/** The real-MainWP `test`, with MainWP's own Application Passwords page as a fixture. */
export const builtinPageTest = test.extend< {
	mainwpBuiltinPage: MainWPBuiltinPage;
} >( {
	// Revokes what the test created there, once it ends.
	mainwpBuiltinPage: async ( { page, mainwpRequestUtils }, provide ) => {
		const names: string[] = [];
		await provide( {
			create: async ( name ) => {
				names.push( name );
				await page.goto( MAINWP_BUILTIN_PAGE );
				await page
					.getByRole( 'button', { name: 'Add Application Password' } )
					.click();
				await page
					.getByLabel( 'Application Password Name' )
					.fill( name );
				await page
					.getByRole( 'button', { name: 'Create', exact: true } )
					.click();
				// MainWP's one-time field has no label; the id is MainWP's (assets/js/mainwp-rest-api.js).
				const shownOnce = page.locator( '#app-pass-success-value' );
				// MainWP's request takes long on a busy Playground.
				await expect( shownOnce ).not.toHaveValue( '', {
					timeout: 60_000,
				} );
				return shownOnce.inputValue();
			},
			revoke: async ( name ) => {
				await page.goto( MAINWP_BUILTIN_PAGE );
				page.once( 'dialog', ( dialog ) => dialog.accept() );
				await page
					.getByRole( 'button', { name: `Revoke "${ name }"` } )
					.click();
				await expect(
					page.getByText(
						'Application password revoked successfully.'
					)
				).toBeVisible( { timeout: 60_000 } );
			},
		} );
		const items = await mainwpRequestUtils.rest<
			Array< { uuid: string; name: string } >
		>( { path: '/wp/v2/users/me/application-passwords' } );
		for ( const { uuid } of items.filter( ( item ) =>
			names.includes( item.name )
		) ) {
			await mainwpRequestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/me/application-passwords/${ uuid }`,
			} );
		}
	},
} );

export { expect };
