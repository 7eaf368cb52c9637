/**
 * The page inside the real MainWP Dashboard 6.1.2: reached through MainWP's menus, shown as the
 * active entry of the "Application Passwords" group, and optionally standing for that entry.
 */

import type { Page } from '@playwright/test';

import { MAINWP_PAGE } from '../utils/site';
import { MAINWP_DASHBOARD, expect, followLink, test } from './fixtures';

/**
 * MainWP's left menu (its second level: groups and their pages).
 *
 * @param page Page showing a MainWP screen.
 */
function leftMenu( page: Page ) {
	return page.locator( '#mainwp-main-menu' );
}

/**
 * Saves the menu placement setting on the page, as an administrator does.
 *
 * @param page    Page showing the screen inside MainWP.
 * @param replace Whether this page stands for MainWP's own entry.
 */
async function saveMenuPlacement( page: Page, replace: boolean ) {
	await page
		.getByRole( 'checkbox', {
			name: 'Use this page for Dashboard › API Access › Application Passwords',
		} )
		.setChecked( replace );
	// The form posts to admin-post.php, which sends the browser back to this same address.
	const reloaded = page.waitForResponse(
		( response ) =>
			response.request().isNavigationRequest() &&
			/page=RESTAPIManageAppPasswords$/.test( response.url() ),
		{ timeout: 120_000 }
	);
	await page
		.getByRole( 'button', { name: 'Save menu placement' } )
		.click( { noWaitAfter: true } );
	await reloaded;
	await page.waitForLoadState( 'load' );
}

test( 'is reached from the Dashboard through MainWP’s menus, with its entry open and active', async ( {
	page,
} ) => {
	await page.goto( MAINWP_DASHBOARD );
	await followLink(
		page,
		page
			.locator( '#mainwp-first-level-navigation-menu' )
			.getByRole( 'link', { name: 'Access' } ),
		/page=RESTAPI$/
	);
	// Opens the group.
	await leftMenu( page )
		// The group's title ends with an icon font's glyph.
		.getByRole( 'link', { name: /^Application Passwords\W+$/ } )
		.click();
	await followLink(
		page,
		leftMenu( page ).getByRole( 'link', { name: 'Manage App Passwords' } ),
		/page=RESTAPIManageAppPasswords$/
	);

	await expect(
		page.getByRole( 'heading', { level: 2, name: 'Application Passwords' } )
	).toBeVisible();
	// The "Application Passwords" group is the open one, with this page marked as the current one.
	const entry = leftMenu( page ).getByRole( 'link', {
		name: 'Manage App Passwords',
	} );
	await expect( entry ).toBeVisible();
	await expect( entry ).toHaveClass( /\bactive\b/ );
	await expect(
		leftMenu( page ).getByRole( 'link', { name: 'Add API Keys' } )
	).toBeHidden();
} );

test( 'can stand for MainWP’s "Application Passwords" entry, and back, with the built-in page still reachable', async ( {
	page,
	mainwpRequestUtils,
} ) => {
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name: 'Listed by MainWP' },
	} );
	await page.goto( MAINWP_PAGE );
	await saveMenuPlacement( page, true );

	const entries = leftMenu( page ).locator( 'a.item:visible' );
	await expect( entries ).toHaveText( [ 'Application Passwords' ] );
	await expect( entries.first() ).toHaveAttribute(
		'href',
		/page=RESTAPIManageAppPasswords$/
	);
	await expect( entries.first() ).toHaveClass( /\bactive\b/ );

	await followLink(
		page,
		page.getByRole( 'link', { name: "MainWP's built-in page" } ),
		/page=ApplicationPasswords$/
	);
	await expect(
		page.getByRole( 'row', { name: /Listed by MainWP/ } )
	).toBeVisible();

	await page.goto( MAINWP_PAGE );
	await saveMenuPlacement( page, false );
	await expect( entries ).toHaveText( [
		'Application Passwords',
		'Manage App Passwords',
	] );
} );
