/**
 * Not a test: captures the Activity view, the Usage panel and the Settings panel inside the real
 * MainWP Dashboard 6.1.2, in MainWP's light and dark themes, at 1280x800 and 390 px
 * (`npm run screenshots`, PNGs in artifacts/screenshots/i12-real-mainwp-*.png).
 */

import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { ABILITIES, MAINWP_PAGE } from '../e2e/utils/site';
import {
	REAL_MAINWP_URL,
	expect,
	test,
	readinessCheckedInMainWP,
} from '../e2e/real-mainwp/fixtures';

const OUT = join( __dirname, '..', '..', 'artifacts', 'screenshots' );
const SIZES = [
	{ name: '1280', viewport: { width: 1280, height: 800 } },
	{ name: '390', viewport: { width: 390, height: 844 } },
];

/**
 * Saves what the window shows.
 *
 * @param page Page.
 * @param file File name without extension.
 */
async function shoot( page: Page, file: string ) {
	await page.screenshot( {
		path: join( OUT, `i12-real-mainwp-${ file }.png` ),
	} );
}

/**
 * Switches MainWP's theme with its own switch in its header, if it is not in use yet.
 *
 * @param page  Page showing a MainWP page.
 * @param theme 'light' or 'dark'.
 */
async function switchTheme( page: Page, theme: string ) {
	const themeSwitch = page.getByLabel(
		theme === 'dark'
			? 'Select MainWP Dark theme'
			: 'Select MainWP Light theme'
	);
	if ( await themeSwitch.count() ) {
		await Promise.all( [
			page.waitForResponse( /mainwp_quick_theme_change/, {
				timeout: 120_000,
			} ),
			// MainWP navigates to ?mainwp_quick_theme_change=…, which saves and redirects.
			themeSwitch.click( { noWaitAfter: true } ),
		] );
	}
	// The redirect after the switch has landed once the page carries the theme's stylesheet.
	await expect(
		page.locator( 'link[href*="mainwp-default-dark-theme"]' )
	).toHaveCount( theme === 'dark' ? 1 : 0, { timeout: 120_000 } );
}

// MainWP's pages are slow on a busy Playground, as in the real-MainWP project.
test.use( { actionTimeout: 60_000, navigationTimeout: 120_000 } );

test( 'real MainWP: activity, usage and settings, light and dark', async ( {
	browser,
	playwright,
	realMainWP,
} ) => {
	test.setTimeout( 900_000 );
	const { requestUtils, storageStatePath } = realMainWP!;
	await requestUtils.rest( {
		method: 'DELETE',
		path: '/wp/v2/users/me/application-passwords',
	} );
	const made = new Map< string, string >();
	for ( const name of [ 'Claude Desktop', 'Zapier' ] ) {
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me/application-passwords',
			data: { name },
		} ) ) as { password: string };
		made.set( name, created.password );
	}
	// A client's requests (MainWP's site answers slowly on a busy Playground), and a failed
	// sign-in, for the trail and the Usage panel to show.
	// No cookies: the project's signed-in session must not stand in for Basic auth.
	const client = await playwright.request.newContext( {
		baseURL: REAL_MAINWP_URL,
		storageState: { cookies: [], origins: [] },
		timeout: 120_000,
	} );
	const basic = ( password: string ) => ( {
		Authorization: `Basic ${ Buffer.from( `admin:${ password }` ).toString(
			'base64'
		) }`,
	} );
	for ( const path of [
		ABILITIES,
		'wp-json/wp/v2/users/me',
		'wp-json/wp/v2/posts',
	] ) {
		await client.get( path, {
			headers: basic( made.get( 'Claude Desktop' ) ?? '' ),
		} );
	}
	await client.get( ABILITIES, { headers: basic( 'wrong password here' ) } );
	await client.dispose();

	const context = await browser.newContext( {
		baseURL: REAL_MAINWP_URL,
		storageState: storageStatePath,
	} );
	const page = await context.newPage();
	for ( const theme of [ 'dark', 'light' ] ) {
		await page.setViewportSize( { width: 1280, height: 800 } );
		await page.goto( MAINWP_PAGE );
		await switchTheme( page, theme );
		for ( const size of SIZES ) {
			const prefix = `${ theme }-${ size.name }`;
			await page.setViewportSize( size.viewport );
			await page.goto( `${ MAINWP_PAGE }&view=activity`, {
				waitUntil: 'domcontentloaded',
			} );
			await expect(
				page.getByRole( 'row', { name: /Claude Desktop/ } ).first()
			).toBeVisible( { timeout: 60_000 } );
			// The view's own part: on a phone, MainWP's menu and the notices fill the first screen.
			await page
				.locator( '.mainwp-application-passwords__scope' )
				.evaluate( ( element ) => element.scrollIntoView() );
			await shoot( page, `${ prefix }-activity` );

			await page.goto( MAINWP_PAGE, { waitUntil: 'domcontentloaded' } );
			await readinessCheckedInMainWP( page );
			const row = page.getByRole( 'row', { name: /Claude Desktop/ } );
			if ( size.name === '390' ) {
				await row.getByRole( 'button', { name: 'Actions' } ).click();
				await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
			} else {
				await row.getByRole( 'button', { name: 'Usage' } ).click();
			}
			const panel = page.getByRole( 'dialog', {
				name: 'Usage of “Claude Desktop”',
			} );
			await expect(
				panel.getByRole( 'img', { name: /^3 requests/ } )
			).toBeVisible( { timeout: 60_000 } );
			await shoot( page, `${ prefix }-usage` );
			await page.keyboard.press( 'Escape' );

			const settings = page.getByRole( 'region', { name: 'Settings' } );
			await settings.scrollIntoViewIfNeeded();
			await shoot( page, `${ prefix }-settings` );
		}
	}
	await context.close();
} );
