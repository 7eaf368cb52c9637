/**
 * The screen lists the current user's credentials from core's REST API.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import { USERS_PAGE, basicAuthStatus, setMainWP } from '../utils/site';

interface CreatedPassword {
	uuid: string;
	name: string;
	password: string;
}

test( 'lists a credential created through REST, and it authenticates', async ( {
	page,
	requestUtils,
	playwright,
	baseURL,
} ) => {
	await setMainWP( requestUtils, { active: false } );
	const name = `List check ${ Date.now().toString( 36 ) }`;
	const created = ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name },
	} ) ) as CreatedPassword;

	await page.goto( USERS_PAGE );

	const row = page.getByRole( 'row', { name: new RegExp( name ) } );
	await expect( row ).toBeVisible();
	await expect( row ).toContainText( 'Never' );

	// The credential the page lists is a real one: core accepts it over Basic auth.
	expect(
		await basicAuthStatus(
			playwright.request,
			baseURL!,
			'wp-json/wp/v2/users/me',
			'admin',
			created.password
		)
	).toBe( 200 );

	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/me/application-passwords/${ created.uuid }`,
	} );
} );
