/**
 * The plugin on the environments the main suite does not run: the oldest WordPress and PHP it
 * declares (WordPress 6.8 on PHP 7.4), WordPress 7.1 on PHP 7.4 behind a TLS front (HTTPS, in
 * production), an http site in production, and a multisite network. Three Playground sites,
 * started together before the tests and stopped after them (tests/e2e/utils/environment-sites.ts).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	expect,
	request as apiRequest,
	test,
	type APIRequestContext,
	type Page,
} from '@playwright/test';

import {
	FIRST_PORT,
	basicAuthGet,
	makeCertificate,
	startEnvironmentSite,
	startTlsFront,
	stopEnvironmentSites,
	type Certificate,
	type EnvironmentSite,
} from '../utils/environment-sites';
import { createThroughScreen, revokeThroughScreen } from '../utils/screen';
import { USERS_PAGE } from '../utils/site';

const ADMIN = { username: 'admin', password: 'password' };
const OLDEST_PORT = FIRST_PORT;
const HTTPS_SITE_PORT = FIRST_PORT + 1;
const HTTPS_FRONT_PORT = FIRST_PORT + 2;
const MULTISITE_PORT = FIRST_PORT + 3;
const MULTISITE_DOMAIN = `127.0.0.1:${ MULTISITE_PORT }`;

/** The readiness checks queue on each site's single PHP worker, slower still on PHP 7.4. */
const CHECKS_DONE = { timeout: 90_000 };

/**
 * What `wp core multisite-convert` (Playground's enableMultisite step) does, without WP-CLI
 * (whose phar Playground downloads) and without its refusal of ports other than 80 and 443:
 * core's own network tables and network row, for a subdirectory network on this port.
 */
const CONVERT_TO_MULTISITE = `<?php
define( 'WP_INSTALLING_NETWORK', true );
require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
	$wpdb->$table = $prefixed;
}
install_network();
$result = populate_network( 1, ${ JSON.stringify( MULTISITE_DOMAIN ) }, get_option( 'admin_email' ), 'Network', '/', false );
if ( is_wp_error( $result ) ) {
	throw new Exception( $result->get_error_message() );
}`;

/** A second site on the network, and the plugin network-activated. */
const SECOND_SITE = `<?php
$_SERVER['HTTP_HOST']   = ${ JSON.stringify( MULTISITE_DOMAIN ) };
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$site = wp_insert_site( array( 'domain' => ${ JSON.stringify( MULTISITE_DOMAIN ) }, 'path' => '/second/', 'title' => 'Second site', 'user_id' => 1 ) );
if ( is_wp_error( $site ) ) {
	throw new Exception( $site->get_error_message() );
}
$activated = activate_plugin( 'mainwp-application-passwords/plugin.php', '', true );
if ( is_wp_error( $activated ) ) {
	throw new Exception( $activated->get_error_message() );
}`;

// Several sites' first admin pages, on single PHP workers (PHP 7.4 is the slower): minutes, not seconds.
test.describe.configure( { timeout: 300_000 } );

let oldest: EnvironmentSite;
let secure: EnvironmentSite;
let network: EnvironmentSite;
let certificate: Certificate;
let stopFront: () => Promise< void >;

test.beforeAll( async ( {}, testInfo ) => {
	testInfo.setTimeout( 900_000 );
	certificate = makeCertificate(
		join( __dirname, '..', '..', '..', '.cache', 'e2e-env-tls' )
	);
	stopFront = await startTlsFront(
		HTTPS_FRONT_PORT,
		HTTPS_SITE_PORT,
		certificate
	);
	[ oldest, secure, network ] = await Promise.all( [
		startEnvironmentSite( {
			name: 'oldest',
			port: OLDEST_PORT,
			wp: '6.8.12',
			php: '7.4',
			// In wp-config.php, so the production test can change it there.
			inWpConfig: true,
			constants: { WP_HTTP_BLOCK_EXTERNAL: true },
		} ),
		startEnvironmentSite( {
			name: 'https',
			port: HTTPS_SITE_PORT,
			php: '7.4',
			siteUrl: `https://127.0.0.1:${ HTTPS_FRONT_PORT }`,
			constants: {
				WP_ENVIRONMENT_TYPE: 'production',
				WP_HTTP_BLOCK_EXTERNAL: true,
			},
		} ),
		startEnvironmentSite( {
			name: 'multisite',
			port: MULTISITE_PORT,
			constants: { WP_HTTP_BLOCK_EXTERNAL: true },
			steps: [
				{ step: 'runPHP', code: CONVERT_TO_MULTISITE },
				{
					step: 'defineWpConfigConsts',
					consts: {
						MULTISITE: true,
						SUBDOMAIN_INSTALL: false,
						DOMAIN_CURRENT_SITE: MULTISITE_DOMAIN,
						PATH_CURRENT_SITE: '/',
						SITE_ID_CURRENT_SITE: 1,
						BLOG_ID_CURRENT_SITE: 1,
					},
				},
				{ step: 'runPHP', code: SECOND_SITE },
			],
		} ),
	] );
} );

test.afterAll( async () => {
	await stopEnvironmentSites();
	await stopFront?.();
} );

function readiness( page: Page ) {
	return page.getByRole( 'region', { name: 'Readiness' } );
}

function check( page: Page, name: string ) {
	return readiness( page ).getByRole( 'listitem', { name } );
}

/**
 * Logs in through wp-login.php's form and lands on the Application Passwords screen.
 *
 * @param page          Page.
 * @param siteUrl       Site URL.
 * @param user          Who logs in.
 * @param user.username Login.
 * @param user.password Password.
 * @param path          Page below the site URL.
 */
async function logInTo(
	page: Page,
	siteUrl: string,
	user: { username: string; password: string },
	path = USERS_PAGE
) {
	await page.goto(
		`${ siteUrl }/wp-login.php?redirect_to=${ encodeURIComponent( `${ siteUrl }/${ path }` ) }`
	);
	await page.getByLabel( 'Username or Email Address' ).fill( user.username );
	await page.getByLabel( 'Password', { exact: true } ).fill( user.password );
	// The first admin page after a site boots takes several seconds on Playground.
	await page
		.getByRole( 'button', { name: 'Log In' } )
		.click( { timeout: 60_000 } );
	await expect(
		page.getByRole( 'heading', { level: 1, name: 'Application Passwords' } )
	).toBeVisible( { timeout: 30_000 } );
}

/**
 * The smoke path: create on the screen, sign in with it (200), revoke it on the screen (401).
 *
 * @param page      Page showing the screen.
 * @param siteUrl   Site URL.
 * @param abilities Status the abilities route answers the new credential.
 * @param php       The PHP the answer names (X-Powered-By).
 * @param ca        The one certificate to trust, for https.
 */
async function createUseRevoke(
	page: Page,
	siteUrl: string,
	abilities: number,
	php: RegExp,
	ca?: string
) {
	const name = `Smoke ${ Date.now() }`;
	const { view, password } = await createThroughScreen( page, name );
	expect( password ).toMatch( /^(\w{4} ){5}\w{4}$/ );
	const me = await basicAuthGet(
		`${ siteUrl }/wp-json/wp/v2/users/me`,
		ADMIN.username,
		password,
		ca
	);
	expect( me ).toMatchObject( { status: 200, body: { slug: 'admin' } } );
	expect( me.headers[ 'x-powered-by' ] ).toMatch( php );
	expect(
		(
			await basicAuthGet(
				`${ siteUrl }/wp-json/wp-abilities/v1/abilities`,
				ADMIN.username,
				password,
				ca
			)
		).status
	).toBe( abilities );
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await revokeThroughScreen( page, name );
	await expect( page.getByRole( 'row', { name: /Smoke/ } ) ).toHaveCount( 0 );
	expect(
		await basicAuthGet(
			`${ siteUrl }/wp-json/wp/v2/users/me`,
			ADMIN.username,
			password,
			ca
		)
	).toMatchObject( { status: 401, body: { code: 'rest_not_logged_in' } } );
}

test( 'WordPress 6.8 on PHP 7.4 (the declared minimums): activates, the screen creates a credential that signs in, and revokes it', async ( {
	page,
} ) => {
	const version = readFileSync(
		join( oldest.wordpress, 'wp-includes', 'version.php' ),
		'utf8'
	);
	expect( version ).toContain( "$wp_version = '6.8.12'" );

	await logInTo( page, oldest.url, ADMIN );
	await expect( page.locator( 'body' ) ).not.toContainText(
		'needs WordPress'
	);
	// WordPress 6.8 has no Abilities API: the panel says so, and its routes answer 404.
	await expect( check( page, 'Abilities API' ) ).toContainText(
		'ProblemThe Abilities API’s routes (/wp-abilities/v1) are missing',
		CHECKS_DONE
	);
	await createUseRevoke( page, oldest.url, 404, /^PHP\/7\.4\./ );
} );

test( 'http in production: the readiness panel says WordPress turned application passwords off, with the fix', async ( {
	page,
} ) => {
	const config = join( oldest.wordpress, 'wp-config.php' );
	const local = readFileSync( config, 'utf8' );
	const production = local.replace(
		/define\(\s*'WP_ENVIRONMENT_TYPE',\s*'local'\s*\);/,
		"define( 'WP_ENVIRONMENT_TYPE', 'production' );"
	);
	expect( production ).not.toBe( local );
	writeFileSync( config, production );
	try {
		await logInTo( page, oldest.url, ADMIN );
		await expect( readiness( page ).getByRole( 'status' ) ).toHaveText(
			/problems? can stop credentials from working on this site/,
			CHECKS_DONE
		);
		const https = check( page, 'HTTPS' );
		await expect( https ).toContainText(
			'ProblemThis site is not served over HTTPS, so WordPress turns application passwords off'
		);
		await expect( https ).toContainText(
			'Install a TLS certificate (most hosts offer a free one), then set both addresses in Settings → General to https.'
		);
		await expect( check( page, 'Application passwords' ) ).toContainText(
			'ProblemWordPress turned application passwords off for this site because it is not served over HTTPS.'
		);
	} finally {
		writeFileSync( config, local );
	}
} );

test( 'WordPress 7.1 on PHP 7.4 behind a TLS front, in production: HTTPS is good, and the smoke path passes over https', async ( {
	playwright,
	launchOptions,
} ) => {
	// The browser trusts this run's certificate, and only it.
	const browser = await playwright.chromium.launch( {
		...launchOptions,
		args: [
			...( launchOptions.args ?? [] ),
			`--ignore-certificate-errors-spki-list=${ certificate.spki }`,
		],
	} );
	try {
		const page = await browser.newPage( {
			viewport: { width: 1280, height: 800 },
		} );
		await logInTo( page, secure.url, ADMIN );
		expect( page.url() ).toMatch(
			new RegExp( `^https://127\\.0\\.0\\.1:${ HTTPS_FRONT_PORT }/` )
		);
		await expect( readiness( page ).getByRole( 'status' ) ).toHaveText(
			/^Credentials will work on this site/,
			CHECKS_DONE
		);
		await readiness( page )
			.getByRole( 'button', { name: 'Show checks' } )
			.click();
		await expect( check( page, 'HTTPS' ) ).toContainText(
			'OKThe site and wp-admin are served over HTTPS, so credentials travel encrypted.'
		);
		await createUseRevoke(
			page,
			secure.url,
			200,
			/^PHP\/7\.4\./,
			certificate.cert
		);
	} finally {
		await browser.close();
	}
} );

/**
 * A signed-in REST session, as the screen's own requests are (cookie + nonce).
 *
 * @param baseURL       Site URL.
 * @param user          Who logs in.
 * @param user.username Login.
 * @param user.password Password.
 */
async function restSession(
	baseURL: string,
	user: { username: string; password: string }
): Promise< {
	context: APIRequestContext;
	call: (
		method: string,
		path: string,
		data?: Record< string, unknown >,
		site?: string
	) => Promise< { status: number; body: any } >;
} > {
	const context = await apiRequest.newContext( {
		baseURL: `${ baseURL }/`,
		timeout: 60_000,
	} );
	const login = await context.post( 'wp-login.php', {
		form: { log: user.username, pwd: user.password },
		maxRedirects: 0,
	} );
	expect( login.status(), `${ user.username } logs in` ).toBe( 302 );
	const nonce = await (
		await context.get( 'wp-admin/admin-ajax.php?action=rest-nonce' )
	).text();
	return {
		context,
		// `site`: a network site's path below the main site's, e.g. 'second/' (one login serves all).
		call: async ( method, path, data, site = '' ) => {
			const response = await context.fetch( `${ site }wp-json${ path }`, {
				method,
				data,
				headers: { 'X-WP-Nonce': nonce },
			} );
			return { status: response.status(), body: await response.json() };
		},
	};
}

test( 'multisite: a site administrator who is not a super admin cannot manage another user’s credentials; the super admin can', async ( {
	browser,
} ) => {
	const superAdmin = await restSession( network.url, ADMIN );
	const siteAdminUser = {
		username: `siteadmin${ Date.now() }`,
		password: 'site-admin-password-1',
	};
	const created = await superAdmin.call( 'POST', '/wp/v2/users', {
		username: siteAdminUser.username,
		password: siteAdminUser.password,
		email: `${ siteAdminUser.username }@example.test`,
		roles: [ 'administrator' ],
	} );
	expect( created.status ).toBe( 201 );
	const siteAdminId: number = created.body.id;
	const superAdminCredential = await superAdmin.call(
		'POST',
		'/wp/v2/users/me/application-passwords',
		{ name: 'Super admin’s tool' }
	);
	expect( superAdminCredential.status ).toBe( 201 );
	const siteAdminCredential = await superAdmin.call(
		'POST',
		`/wp/v2/users/${ siteAdminId }/application-passwords`,
		{ name: 'Site admin’s tool' }
	);
	expect( siteAdminCredential.status ).toBe( 201 );

	// The site administrator: their own, yes; the super admin's, no (list, revoke, overview).
	const siteAdmin = await restSession( network.url, siteAdminUser );
	expect(
		(
			await siteAdmin.call(
				'GET',
				'/wp/v2/users/me/application-passwords'
			)
		).body
	).toEqual( [ expect.objectContaining( { name: 'Site admin’s tool' } ) ] );
	expect(
		await siteAdmin.call( 'GET', '/wp/v2/users/1/application-passwords' )
	).toMatchObject( {
		status: 403,
		body: { code: 'rest_cannot_list_application_passwords' },
	} );
	expect(
		await siteAdmin.call(
			'DELETE',
			`/wp/v2/users/1/application-passwords/${ superAdminCredential.body.uuid }`
		)
	).toMatchObject( { status: 403 } );
	expect(
		await siteAdmin.call(
			'GET',
			'/app-passwords-manager/v1/application-passwords'
		)
	).toMatchObject( { status: 403 } );
	expect(
		(
			await basicAuthGet(
				`${ network.url }/wp-json/wp/v2/users/me`,
				ADMIN.username,
				superAdminCredential.body.password
			)
		).status
	).toBe( 200 );

	// On the screen: a link to the super admin's credentials shows the site admin their own.
	const siteAdminPage = await browser.newPage();
	await logInTo(
		siteAdminPage,
		network.url,
		siteAdminUser,
		`${ USERS_PAGE }&user_id=1`
	);
	await expect(
		siteAdminPage
			.getByRole( 'main' )
			.getByText(
				'You cannot manage the application passwords of the user in the link, so your own are shown.'
			)
	).toBeVisible();
	await expect(
		siteAdminPage.getByRole( 'row', { name: /Site admin’s tool/ } )
	).toBeVisible();
	await expect(
		siteAdminPage.getByRole( 'row', { name: /Super admin’s tool/ } )
	).toHaveCount( 0 );
	await siteAdminPage.close();

	// The super admin manages the site administrator's credentials on the screen.
	const superAdminPage = await browser.newPage();
	await logInTo(
		superAdminPage,
		network.url,
		ADMIN,
		`${ USERS_PAGE }&user_id=${ siteAdminId }`
	);
	await revokeThroughScreen( superAdminPage, 'Site admin’s tool' );
	await expect(
		superAdminPage.getByRole( 'row', { name: /Site admin’s tool/ } )
	).toHaveCount( 0 );
	await superAdminPage.close();
	expect(
		await basicAuthGet(
			`${ network.url }/wp-json/wp/v2/users/me`,
			siteAdminUser.username,
			siteAdminCredential.body.password
		)
	).toMatchObject( { status: 401 } );

	await superAdmin.call(
		'DELETE',
		`/wp/v2/users/me/application-passwords/${ superAdminCredential.body.uuid }`
	);
	await superAdmin.context.dispose();
	await siteAdmin.context.dispose();
} );

test( 'multisite: deleting the plugin removes its preferences on every site; credentials keep working on each', async () => {
	// The main site and the second one, by their paths below the network's address.
	const sites = [ '', 'second/' ];
	const session = await restSession( network.url, ADMIN );
	const kept = { 'core/edit-post': { welcomeGuide: false } };
	for ( const site of sites ) {
		const saved = await session.call(
			'POST',
			'/wp/v2/users/me',
			{
				meta: {
					persisted_preferences: {
						...kept,
						'mainwp-application-passwords': { perPage: 50 },
					},
				},
			},
			site
		);
		expect( saved.status, site ).toBe( 200 );
	}
	const credential = await session.call(
		'POST',
		'/wp/v2/users/me/application-passwords',
		{ name: 'Kept after uninstall' }
	);
	expect( credential.status ).toBe( 201 );

	// What deleting the plugin runs (uninstall.php's routine), from the main site.
	expect(
		( await session.call( 'POST', '/e2e/v1/audit/uninstall' ) ).status
	).toBe( 200 );

	for ( const site of sites ) {
		const me = await session.call(
			'GET',
			'/wp/v2/users/me?context=edit',
			undefined,
			site
		);
		expect( me.body.meta.persisted_preferences, site ).toEqual(
			expect.objectContaining( kept )
		);
		expect( me.body.meta.persisted_preferences, site ).not.toHaveProperty( [
			'mainwp-application-passwords',
		] );
		expect(
			(
				await basicAuthGet(
					`${ network.url }/${ site }wp-json/wp/v2/users/me`,
					ADMIN.username,
					credential.body.password
				)
			).status,
			site
		).toBe( 200 );
	}
	await session.context.dispose();
} );
