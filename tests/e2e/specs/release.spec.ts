/**
 * The release zip on a clean WordPress: installed through wp-admin as a person would, working,
 * translated, deactivated and deleted, each with what a person and an API client then see.
 *
 * One site, one plugin copy, in order: each test starts where the one before left the site.
 */

import {
	cpSync,
	existsSync,
	readFileSync,
	readdirSync,
	statSync,
} from 'node:fs';
import { join } from 'node:path';

import { expect as baseExpect, request, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import AdmZip from 'adm-zip';

import {
	CLEAN_URL,
	CLEAN_WORDPRESS,
	INSTALLED_PLUGIN,
	PLUGIN_NAME,
	PLUGIN_SLUG,
	ZIP_FILE,
	cleanSiteContext,
	cleanSiteRequestUtils,
	startCleanSite,
} from '../utils/clean-site';
import { createThroughScreen, revokeThroughScreen } from '../utils/screen';
import {
	ABILITIES,
	MAINWP_PAGE,
	USERS_PAGE,
	basicAuthStatus,
	setMainWP,
	updateTestSettings,
} from '../utils/site';

const PREFERENCES_SCOPE = 'mainwp-application-passwords';

// Each test takes several slow wp-admin steps (install, activate, delete): more than the 100 s
// the suite gives one page's test when the machine is busy.
test.describe.configure( { mode: 'serial', timeout: 240_000 } );
// Installing, activating and deleting copy files and rebuild caches, and each first visit of a
// screen on this cold site loads its scripts anew: slower than the main site's warm pages.
test.use( { actionTimeout: 30_000 } );
const expect = baseExpect.configure( { timeout: 30_000 } );

let stopCleanSite: () => Promise< void >;
let page: Page;
let requestUtils: RequestUtils;
/** A credential created on the plugin's page, which must outlive the plugin. */
let credential: { name: string; password: string };

test.beforeAll( async ( { browser } ) => {
	// A fresh WordPress boots in about 25 s alone, longer on a busy machine.
	test.setTimeout( 300_000 );
	stopCleanSite = await startCleanSite();
	requestUtils = await cleanSiteRequestUtils();
	page = await ( await cleanSiteContext( browser ) ).newPage();
} );

test.afterAll( async () => {
	await page?.context().close();
	await requestUtils?.request.dispose();
	await stopCleanSite?.();
} );

/**
 * Lists the PHP errors, warnings and notices the site logged from the installed plugin.
 */
function pluginLogLines(): string[] {
	const log = join( CLEAN_WORDPRESS, 'wp-content', 'debug.log' );
	return existsSync( log )
		? readFileSync( log, 'utf8' )
				.split( '\n' )
				.filter( ( line ) =>
					line.includes( `plugins/${ PLUGIN_SLUG }/` )
				)
		: [];
}

/**
 * Activates the plugin from the Plugins screen and checks WordPress says so.
 *
 * @param screen Page to use.
 */
async function activateOnPluginsScreen( screen: Page ): Promise< void > {
	await screen.goto( 'wp-admin/plugins.php' );
	await screen
		.getByRole( 'link', { name: `Activate ${ PLUGIN_NAME }`, exact: true } )
		.click();
	await expect( screen.getByText( 'Plugin activated.' ) ).toBeVisible();
}

/**
 * Deactivates the plugin from the Plugins screen and checks WordPress says so.
 *
 * @param screen Page to use.
 */
async function deactivateOnPluginsScreen( screen: Page ): Promise< void > {
	await screen.goto( 'wp-admin/plugins.php' );
	await screen
		.getByRole( 'link', {
			name: `Deactivate ${ PLUGIN_NAME }`,
			exact: true,
		} )
		.click();
	await expect( screen.getByText( 'Plugin deactivated.' ) ).toBeVisible();
}

/**
 * Signs in to the abilities endpoint as an API client would: Basic auth, no cookies.
 *
 * @param password Application password of the administrator.
 * @return The HTTP status.
 */
function clientStatus( password: string ): Promise< number > {
	return basicAuthStatus( request, CLEAN_URL, ABILITIES, 'admin', password );
}

/**
 * Reads the administrator's persisted `@wordpress/preferences`, as core keeps them.
 */
async function persistedPreferences(): Promise< Record< string, unknown > > {
	const user = ( await requestUtils.rest( {
		path: '/wp/v2/users/me',
		params: { context: 'edit' },
	} ) ) as { meta: { persisted_preferences: Record< string, unknown > } };
	return user.meta.persisted_preferences;
}

test( 'the zip holds only what runs, in one folder named after the plugin, under 1 MB', () => {
	const bytes = statSync( ZIP_FILE ).size;
	expect( bytes ).toBeLessThan( 1024 * 1024 );

	const files = new AdmZip( ZIP_FILE )
		.getEntries()
		.filter( ( entry ) => ! entry.isDirectory )
		.map( ( entry ) => entry.entryName );
	expect(
		files.filter( ( file ) => ! file.startsWith( `${ PLUGIN_SLUG }/` ) )
	).toEqual( [] );

	const inPlugin = files.map( ( file ) =>
		file.slice( PLUGIN_SLUG.length + 1 )
	);
	expect(
		[
			...new Set( inPlugin.map( ( file ) => file.split( '/' )[ 0 ] ) ),
		].sort()
	).toEqual(
		[
			'LICENSE',
			'build',
			'includes',
			'languages',
			'plugin.php',
			'readme.txt',
			'uninstall.php',
		].sort()
	);
	expect( inPlugin ).toEqual(
		expect.arrayContaining( [
			'build/index.js',
			'build/index.asset.php',
			'build/style-index.css',
			`languages/${ PLUGIN_SLUG }.pot`,
		] )
	);
	// The parts loaded when first needed (dialogs) ship beside the app, as the build wrote them.
	const chunks = readdirSync( join( __dirname, '..', '..', '..', 'build' ) )
		.filter( ( file ) => file.endsWith( '.js' ) && file !== 'index.js' )
		.map( ( file ) => `build/${ file }` );
	expect( chunks ).toEqual(
		expect.arrayContaining( [ 'build/create-dialog.js' ] )
	);
	expect( inPlugin ).toEqual( expect.arrayContaining( chunks ) );
	expect(
		inPlugin.filter(
			( file ) =>
				file.endsWith( '.map' ) ||
				file.split( '/' ).some( ( part ) => part.startsWith( '.' ) )
		)
	).toEqual( [] );
} );

test( 'an administrator uploads the zip, activates it, and creates and revokes a credential on its page', async () => {
	await page.goto( 'wp-admin/plugin-install.php' );
	await page.getByRole( 'button', { name: 'Upload Plugin' } ).click();
	await page.getByLabel( 'Plugin zip file' ).setInputFiles( ZIP_FILE );
	await page.getByRole( 'button', { name: 'Install Now' } ).click();
	await expect(
		page.getByText( 'Plugin installed successfully.' )
	).toBeVisible();
	await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
	await expect( page.getByText( 'Plugin activated.' ) ).toBeVisible();

	// Without MainWP the page is under Users.
	const menu = page.getByRole( 'navigation', { name: 'Main menu' } );
	await menu.getByRole( 'link', { name: 'Users', exact: true } ).click();
	await menu
		.getByRole( 'link', { name: 'Application Passwords', exact: true } )
		.click();
	// users.php or admin.php, as core decides from the files it finds: both open the page.
	await expect( page ).toHaveURL( /\?page=mainwp-application-passwords$/ );
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();

	const { view, password } = await createThroughScreen(
		page,
		'Release check'
	);
	expect( await clientStatus( password ) ).toBe( 200 );
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await revokeThroughScreen( page, 'Release check' );
	await expect(
		page.getByText( 'Revoked “Release check”.' ).first()
	).toBeVisible();
	expect( await clientStatus( password ) ).toBe( 401 );
	expect( pluginLogLines() ).toEqual( [] );
} );

test( 'activates cleanly with MainWP Dashboard too, and moves its page into MainWP’s API Access', async () => {
	await deactivateOnPluginsScreen( page );
	await setMainWP( requestUtils, { active: true } );
	try {
		await activateOnPluginsScreen( page );
		await page.goto( MAINWP_PAGE );
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'API Access' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', {
				name: 'No application passwords yet',
			} )
		).toBeVisible();
		expect( pluginLogLines() ).toEqual( [] );
	} finally {
		await setMainWP( requestUtils, { active: false } );
	}
} );

test( 'speaks the site’s language from translations shipped in its languages folder, in PHP and in the app', async () => {
	// As a release that ships a translation would hold it: .l10n.php for PHP, .json for the app.
	cpSync(
		join( __dirname, '..', '..', 'fixtures', 'languages' ),
		join( INSTALLED_PLUGIN, 'languages' ),
		{ recursive: true }
	);
	await updateTestSettings( requestUtils, { e2e_locale: 'en_XA' } );
	try {
		await page.goto( USERS_PAGE );
		// Printed by PHP: the menu entry and the document title.
		await expect(
			page
				.getByRole( 'navigation', { name: 'Main menu' } )
				.getByRole( 'link', { name: '[Àƥƥŀíçàţíöñ Þàššŵöŕðš]' } )
		).toBeVisible();
		await expect( page ).toHaveTitle( /^\[Àƥƥŀíçàţíöñ Þàššŵöŕðš\]/ );
		// Rendered by the app from its script translations.
		await expect(
			page.getByRole( 'button', {
				name: '[Çŕéàţé àƥƥŀíçàţíöñ ƥàššŵöŕð]',
			} )
		).toBeVisible();
	} finally {
		await updateTestSettings( requestUtils, { e2e_locale: '' } );
	}
} );

test( 'deactivating it leaves a credential created on its page working', async () => {
	await page.goto( USERS_PAGE );
	const { view, password } = await createThroughScreen(
		page,
		'Outlives the plugin'
	);
	await view.getByRole( 'button', { name: 'Done' } ).click();
	credential = { name: 'Outlives the plugin', password };

	await deactivateOnPluginsScreen( page );
	expect( await clientStatus( credential.password ) ).toBe( 200 );
} );

test( 'deleting it removes only its remembered views, never the application passwords', async () => {
	const otherScopes = {
		'core/edit-post': { welcomeGuide: false },
		core: { fixedToolbar: true },
	};
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me',
		data: {
			meta: {
				persisted_preferences: {
					...otherScopes,
					[ PREFERENCES_SCOPE ]: {
						view: {
							perPage: 50,
							sort: { field: 'name', direction: 'asc' },
						},
					},
					_modified: '2026-01-01T00:00:00.000Z',
				},
			},
		},
	} );

	await page.goto( 'wp-admin/plugins.php' );
	page.once( 'dialog', ( dialog ) => dialog.accept() );
	await page
		.getByRole( 'link', { name: `Delete ${ PLUGIN_NAME }`, exact: true } )
		.click();
	await expect(
		page.getByText( `${ PLUGIN_NAME } was successfully deleted.` )
	).toBeVisible();
	expect( existsSync( INSTALLED_PLUGIN ) ).toBe( false );

	const preferences = await persistedPreferences();
	expect( preferences ).not.toHaveProperty( PREFERENCES_SCOPE );
	expect( preferences ).toMatchObject( otherScopes );

	const passwords = ( await requestUtils.rest( {
		path: '/wp/v2/users/me/application-passwords',
	} ) ) as Array< { name: string } >;
	expect( passwords.map( ( { name } ) => name ) ).toEqual( [
		credential.name,
	] );
	expect( await clientStatus( credential.password ) ).toBe( 200 );
	expect( pluginLogLines() ).toEqual( [] );
} );
