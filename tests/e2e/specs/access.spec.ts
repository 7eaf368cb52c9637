/**
 * Who may open the page: administrators by default, others only through the documented filter.
 */

import { expect, sessionOf, test, type Session } from '../fixtures';
import {
	MAINWP_PAGE,
	NOT_ALLOWED,
	USERS_PAGE,
	createUserWithRole,
	deleteUser,
	type TestUser,
} from '../utils/site';

const roles = [ 'editor', 'subscriber' ];
const users = new Map< string, TestUser >();
// Each role logs in once; its tests reuse the session.
const sessions = new Map< string, Session >();

test.beforeAll( async ( { requestUtils } ) => {
	for ( const role of roles ) {
		const user = await createUserWithRole( requestUtils, role );
		users.set( role, user );
		sessions.set( role, await sessionOf( process.env.WP_BASE_URL!, user ) );
	}
} );

test.afterAll( async ( { requestUtils } ) => {
	for ( const user of users.values() ) {
		await deleteUser( requestUtils, user );
	}
} );

for ( const role of roles ) {
	for ( const mainwp of [ true, false ] ) {
		test( `refuses a user with the ${ role } role ${ mainwp ? 'under MainWP' : 'under Users' }`, async ( {
			browser,
			baseURL,
			testSite,
		} ) => {
			await testSite.setMainWP( { active: mainwp } );
			const context = await browser.newContext( {
				baseURL,
				storageState: sessions.get( role ),
			} );
			const page = await context.newPage();

			const response = await page.goto(
				mainwp ? MAINWP_PAGE : USERS_PAGE
			);

			expect( response?.status() ).toBe( 403 );
			await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
			await expect(
				page.getByRole( 'heading', { name: 'Application Passwords' } )
			).toHaveCount( 0 );
			await context.close();
		} );
	}
}

test( "lets an editor in when the capability filter asks for an editor's capability", async ( {
	browser,
	baseURL,
	testSite,
} ) => {
	await testSite.set( { e2e_page_capability: 'edit_others_posts' } );
	const context = await browser.newContext( {
		baseURL,
		storageState: sessions.get( 'editor' ),
	} );
	const page = await context.newPage();

	await page.goto( USERS_PAGE );

	await expect(
		page.getByRole( 'heading', { level: 1, name: 'Application Passwords' } )
	).toBeVisible();
	await context.close();
} );

/*
 * The tests above are refused by core before the plugin's own check runs (the menu capability
 * under Users; under MainWP, menus built for administrators only). These reach each check alone.
 */
test.describe( 'the page’s two locks, each on its own', () => {
	test( 'the plugin’s own check refuses an editor whom core’s menu lets through', async ( {
		browser,
		baseURL,
		testSite,
	} ) => {
		// Core registers the page for editors; the plugin's check still asks manage_options.
		await testSite.set( { e2e_menu_capability: 'edit_others_posts' } );
		const context = await browser.newContext( {
			baseURL,
			storageState: sessions.get( 'editor' ),
		} );
		const page = await context.newPage();

		const response = await page.goto( USERS_PAGE );

		expect( response?.status() ).toBe( 403 );
		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: 'Application Passwords' } )
		).toHaveCount( 0 );
		await context.close();
	} );

	test( 'the plugin’s own check refuses an administrator inside MainWP, whose menu lets everyone through', async ( {
		page,
		testSite,
	} ) => {
		// MainWP registers its pages with 'read'; the plugin's check asks a capability nobody has.
		await testSite.set( {
			e2e_mainwp_active: true,
			e2e_menu_capability: 'manage_options',
			e2e_page_capability: 'e2e_capability_nobody_has',
		} );

		const response = await page.goto( MAINWP_PAGE );

		expect( response?.status() ).toBe( 403 );
		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: 'Application Passwords' } )
		).toHaveCount( 0 );
	} );

	test( 'core’s menu check refuses an editor whom the plugin’s own check would let in', async ( {
		browser,
		baseURL,
		testSite,
	} ) => {
		await testSite.set( {
			e2e_menu_capability: 'manage_options',
			e2e_page_capability: 'edit_others_posts',
		} );
		const context = await browser.newContext( {
			baseURL,
			storageState: sessions.get( 'editor' ),
		} );
		const page = await context.newPage();

		const response = await page.goto( USERS_PAGE );

		expect( response?.status() ).toBe( 403 );
		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();
		await context.close();
	} );
} );
