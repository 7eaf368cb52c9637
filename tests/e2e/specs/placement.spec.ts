/**
 * Where the page lives: under MainWP's API Access menu when MainWP 6.0+ is active, else under Users.
 */

import { expect, test } from '../fixtures';
import { MAINWP_PAGE, NOT_ALLOWED, USERS_PAGE } from '../utils/site';

test.describe( 'With MainWP Dashboard active', () => {
	test.beforeEach( async ( { testSite } ) => {
		await testSite.setMainWP( { active: true } );
	} );

	// MainWP 6.1 hides its tab row; which tab is active is compared with the real MainWP's
	// in tests/e2e/real-mainwp/fixture-contract.spec.ts.
	test( 'shows the app inside MainWP chrome', async ( { page } ) => {
		await page.goto( MAINWP_PAGE );

		await expect(
			page.getByRole( 'heading', { level: 1, name: 'API Access' } )
		).toBeVisible();

		// The app is inside the wrap MainWP's header opens and its footer closes.
		const content = page.locator( '.mainwp-content-wrap' );
		await expect(
			content.getByRole( 'heading', {
				level: 2,
				name: 'Application Passwords',
			} )
		).toBeVisible();
	} );

	test( 'is listed under "Application Passwords" in MainWP\'s left menu, not under "API Keys"', async ( {
		page,
	} ) => {
		await page.goto( MAINWP_PAGE );

		const menu = page.getByRole( 'navigation', { name: 'MainWP' } );
		await expect(
			menu
				.getByRole( 'group', {
					name: 'Application Passwords',
					exact: true,
				} )
				.getByRole( 'link', { name: 'Manage App Passwords' } )
		).toHaveAttribute(
			'href',
			/admin\.php\?page=RESTAPIManageAppPasswords$/
		);
		await expect(
			menu
				.getByRole( 'group', { name: 'API Keys', exact: true } )
				.getByRole( 'link', { name: 'Manage App Passwords' } )
		).toHaveCount( 0 );
	} );

	test( 'does not add a Users page', async ( { page } ) => {
		await page.goto( USERS_PAGE );

		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
	} );
} );

test.describe( 'Without MainWP Dashboard', () => {
	test( 'lives under Users as "Application Passwords"', async ( {
		page,
	} ) => {
		await page.goto( 'wp-admin/users.php' );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Application Passwords' } )
			.click();

		// Core links plugin pages as users.php?page=… or admin.php?page=…, depending on the server.
		await expect( page ).toHaveURL(
			/\.php\?page=mainwp-application-passwords$/
		);
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: 'Application Passwords',
			} )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: 'API Access' } )
		).toHaveCount( 0 );
	} );

	test( "has no page under MainWP's menu", async ( { page } ) => {
		await page.goto( MAINWP_PAGE );

		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
	} );
} );

test.describe( 'With MainWP Dashboard older than 6.0', () => {
	test.beforeEach( async ( { testSite } ) => {
		await testSite.setMainWP( { active: true, version: '5.4.0.2' } );
	} );

	test( 'falls back to Users, since MainWP has no API Access menu yet', async ( {
		page,
	} ) => {
		await page.goto( USERS_PAGE );

		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: 'Application Passwords',
			} )
		).toBeVisible();
	} );
} );
