/**
 * The all-users overview inside the real MainWP Dashboard 6.1.2 on MariaDB: its route answers
 * a Basic-auth client with the credentials, and the "All users" view shows them.
 *
 * On MariaDB, Playground's PHP runs each query as a network call, which it must pause on; the
 * overview once made those calls from inside a PHP generator that PHP resumed from a `foreach`
 * over a variable, where Playground cannot pause, and its PHP crashed ("unreachable").
 */

import { MAINWP_PAGE, OVERVIEW, basicAuthFetch } from '../utils/site';
import type { SeededPassword } from '../utils/site';
import { REAL_MAINWP_URL, expect, test } from './fixtures';

test( 'lists every user’s credentials: the All users view shows them, and the route answers a client', async ( {
	page,
	playwright,
	mainwpRequestUtils,
} ) => {
	const name = `Overview check ${ Date.now().toString( 36 ) }`;
	const seeded = await mainwpRequestUtils.rest< SeededPassword >( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name },
	} );
	try {
		await page.goto( MAINWP_PAGE );
		await page.getByRole( 'radio', { name: 'All users' } ).click();
		await expect(
			page.getByRole( 'row', { name: new RegExp( name ) } )
		).toContainText( 'admin' );

		const answer = await basicAuthFetch(
			playwright.request,
			REAL_MAINWP_URL,
			'GET',
			`${ OVERVIEW }?search=${ encodeURIComponent( name ) }`,
			'admin',
			seeded.password
		);
		expect( answer.status ).toBe( 200 );
		expect( answer.headers[ 'x-wp-total' ] ).toBe( '1' );
		expect( answer.body ).toEqual( [
			expect.objectContaining( {
				uuid: seeded.uuid,
				name,
				owner: expect.objectContaining( { id: 1, login: 'admin' } ),
			} ),
		] );
	} finally {
		await mainwpRequestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/me/application-passwords/${ seeded.uuid }`,
		} );
	}
} );
