/**
 * The screen lists the current user's credentials from core's REST API.
 */

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';

test( 'lists a credential created through REST, and it authenticates', async ( {
	page,
	credentials,
	client,
} ) => {
	const name = `List check ${ Date.now().toString( 36 ) }`;
	const created = await credentials.seed( name );

	await page.goto( USERS_PAGE );

	const row = page.getByRole( 'row', { name: new RegExp( name ) } );
	await expect( row ).toBeVisible();
	await expect( row ).toContainText( 'Never' );

	// The credential the page lists is a real one: core accepts it over Basic auth.
	expect(
		await client.status(
			'wp-json/wp/v2/users/me',
			'admin',
			created.password
		)
	).toBe( 200 );
} );
