/**
 * Who may open the page: administrators by default, others only through the documented filter.
 */

import type { BrowserContext } from '@playwright/test';
import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	MAINWP_PAGE,
	NOT_ALLOWED,
	USERS_PAGE,
	createUserWithRole,
	deleteUser,
	loggedInContext,
	setMainWP,
	updateTestSettings,
	type TestUser,
} from '../utils/site';

type Session = Awaited< ReturnType< BrowserContext[ 'storageState' ] > >;

const roles = [ 'editor', 'subscriber' ];
const users = new Map< string, TestUser >();
// Each role logs in once, through wp-login.php; its tests reuse the session.
const sessions = new Map< string, Session >();

test.beforeAll( async ( { requestUtils, browser } ) => {
	for ( const role of roles ) {
		const user = await createUserWithRole( requestUtils, role );
		users.set( role, user );
		const context = await loggedInContext(
			browser,
			process.env.WP_BASE_URL!,
			user
		);
		sessions.set( role, await context.storageState() );
		await context.close();
	}
} );

test.afterAll( async ( { requestUtils } ) => {
	for ( const user of users.values() ) {
		await deleteUser( requestUtils, user );
	}
	await setMainWP( requestUtils, { active: false } );
	await updateTestSettings( requestUtils, { e2e_page_capability: '' } );
} );

for ( const role of roles ) {
	for ( const mainwp of [ true, false ] ) {
		test( `refuses a user with the ${ role } role ${ mainwp ? 'under MainWP' : 'under Users' }`, async ( {
			browser,
			baseURL,
			requestUtils,
		} ) => {
			await setMainWP( requestUtils, { active: mainwp } );
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
	requestUtils,
} ) => {
	await setMainWP( requestUtils, { active: false } );
	await updateTestSettings( requestUtils, {
		e2e_page_capability: 'edit_others_posts',
	} );
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
