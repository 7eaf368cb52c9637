/**
 * Not a test: captures the screen's states inside the real MainWP Dashboard 6.1.2, in MainWP's
 * light and dark themes, at 1280x800 and 390 px, next to MainWP's own Application Passwords
 * page (`npm run screenshots`, PNGs in artifacts/screenshots/real-mainwp-*.png).
 */

import { join } from 'node:path';

import type { Browser, Page } from '@playwright/test';

import { MAINWP_PAGE } from '../e2e/utils/site';
import { createThroughScreen } from '../e2e/utils/screen';
import {
	MAINWP_BUILTIN_PAGE,
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
 * Opens a page of the real-MainWP site as its administrator.
 *
 * @param browser          Browser.
 * @param storageStatePath The administrator's saved session.
 */
async function openPage( browser: Browser, storageStatePath: string ) {
	const context = await browser.newContext( {
		baseURL: REAL_MAINWP_URL,
		storageState: storageStatePath,
	} );
	return context.newPage();
}

/**
 * Saves what the window shows (not the whole page): what a person sees without scrolling.
 *
 * @param page Page.
 * @param file File name without extension.
 */
async function shoot( page: Page, file: string ) {
	await page.screenshot( { path: join( OUT, `real-mainwp-${ file }.png` ) } );
}

for ( const theme of [ 'light', 'dark' ] ) {
	test( `real MainWP, ${ theme }`, async ( { browser, realMainWP } ) => {
		test.setTimeout( 600_000 );
		const { requestUtils, storageStatePath } = realMainWP!;
		const page = await openPage( browser, storageStatePath );
		await requestUtils.rest( {
			method: 'DELETE',
			path: '/wp/v2/users/me/application-passwords',
		} );
		for ( const name of [
			'Claude Desktop',
			'Zapier',
			'Internal Script',
		] ) {
			await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/users/me/application-passwords',
				data: { name },
			} );
		}

		// MainWP's own switch in its header.
		await page.goto( MAINWP_PAGE );
		const switchTo =
			theme === 'dark'
				? 'Select MainWP Dark theme'
				: 'Select MainWP Light theme';
		// MainWP's switch is an <a> without href (no link role), named by its aria-label; it
		// offers only the theme not in use.
		const themeSwitch = page.getByLabel( switchTo );
		if ( theme === 'dark' || ( await themeSwitch.count() ) ) {
			// MainWP navigates to ?mainwp_quick_theme_change=…, which saves the choice and
			// redirects: that URL never loads, so wait for its request, then for the redirect.
			await Promise.all( [
				page.waitForResponse( /mainwp_quick_theme_change/, {
					timeout: 120_000,
				} ),
				themeSwitch.click(),
			] );
			await page.waitForLoadState();
		}

		for ( const size of SIZES ) {
			const prefix = `${ theme }-${ size.name }`;
			await page.setViewportSize( size.viewport );
			await page.goto( MAINWP_PAGE );
			await readinessCheckedInMainWP( page );
			await expect(
				page.getByRole( 'row', { name: /Claude Desktop/ } )
			).toBeVisible();
			await shoot( page, `${ prefix }-list` );

			await page.getByRole( 'button', { name: 'Revoke all…' } ).click();
			await expect(
				page.getByRole( 'dialog', {
					name: 'Revoke all application passwords',
				} )
			).toBeVisible();
			await shoot( page, `${ prefix }-revoke-all` );
			await page.keyboard.press( 'Escape' );

			const { view } = await createThroughScreen(
				page,
				`Screenshot ${ prefix }`
			);
			await expect( view ).toBeVisible();
			await shoot( page, `${ prefix }-one-time-view` );
			await page.keyboard.press( 'Escape' );

			await page.goto( MAINWP_BUILTIN_PAGE );
			await expect(
				page.getByRole( 'row', { name: /Claude Desktop/ } )
			).toBeVisible();
			await shoot( page, `${ prefix }-mainwp-own-page` );
		}
		await page.context().close();
	} );
}
