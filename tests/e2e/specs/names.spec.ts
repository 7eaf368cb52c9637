/**
 * Names shown as people wrote them: an owner's display name with &, < and > reads as typed and
 * is found as it reads.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	USERS_PAGE,
	deleteUser,
	revokeAllPasswords,
	seedCredentials,
	setMainWP,
	type TestUser,
} from '../utils/site';
import { readinessChecked } from '../utils/screen';

/**
 * A display name as typed. Core strips the tag-like "<ops>" and stores the rest with entities:
 * "Tom &amp; Jerry  3 &gt; 2 &lt; 5".
 */
const DISPLAY_NAME = 'Tom & Jerry <ops> 3 > 2 < 5';

test.describe( 'an owner whose display name holds &, < and >', () => {
	let tom: TestUser;
	let stored: string;

	test.beforeAll( async ( { requestUtils } ) => {
		await setMainWP( requestUtils, { active: false } );
		await revokeAllPasswords( requestUtils );
		const username = `e2e-tom-${ Date.now().toString( 36 ) }`;
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users',
			data: {
				username,
				email: `${ username }@example.com`,
				password: `pw-${ username }`,
				name: DISPLAY_NAME,
				roles: [ 'editor' ],
			},
		} ) ) as { id: number };
		tom = { id: created.id, username, password: `pw-${ username }` };
		stored = (
			( await requestUtils.rest( {
				path: `/wp/v2/users/${ tom.id }`,
				params: { context: 'edit' },
			} ) ) as { name: string }
		 ).name;
		await seedCredentials( requestUtils, [
			{ userId: tom.id, name: 'Cartoon sync' },
		] );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await deleteUser( requestUtils, tom );
	} );

	test( 'WordPress stores the name with entities, which the screen must decode', async () => {
		for ( const entity of [ '&amp;', '&gt;', '&lt;' ] ) {
			expect( stored ).toContain( entity );
		}
	} );

	test( 'reads as typed in the owner column of the overview', async ( {
		page,
	} ) => {
		await page.goto( `${ USERS_PAGE }&view=all` );

		const row = page.getByRole( 'row', { name: /Cartoon sync/ } );
		await expect( row ).toContainText( 'Tom & Jerry', {
			timeout: 30_000,
		} );
		await expect( row ).toContainText( '3 > 2 < 5' );
		await expect( row ).not.toContainText( /&amp;|&lt;|&gt;/ );
	} );

	test( 'is found in the owner picker as it reads, and listed as it reads', async ( {
		page,
	} ) => {
		await page.goto( USERS_PAGE );
		await readinessChecked( page );

		await page
			.getByRole( 'combobox', { name: 'Owner' } )
			.fill( 'Tom & Jerry' );

		const option = page.getByRole( 'option', {
			name: new RegExp( tom.username ),
		} );
		await expect( option ).toBeVisible( { timeout: 30_000 } );
		await expect( option ).toContainText( 'Tom & Jerry' );
		await expect( option ).not.toContainText( /&amp;|&lt;|&gt;/ );
	} );
} );
