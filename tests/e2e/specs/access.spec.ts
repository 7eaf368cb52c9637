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
