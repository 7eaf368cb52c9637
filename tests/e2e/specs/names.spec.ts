/**
 * Names shown as people wrote them: an owner's display name with &, < and > reads as typed and
 * is found as it reads; a credential name with a bidirectional override cannot turn the text
 * after it around.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Locator } from '@playwright/test';

import {
	USERS_PAGE,
	deleteUser,
	revokeAllPasswords,
	seedCredentials,
	seedPassword,
	setMainWP,
	type TestUser,
} from '../utils/site';
import { readinessChecked } from '../utils/screen';

/** RIGHT-TO-LEFT OVERRIDE: everything after it is laid out right to left until it ends. */
const RLO = '\u202E';

/**
 * A display name as typed. Core strips the tag-like "<ops>" and stores the rest with entities:
 * "Tom &amp; Jerry  3 &gt; 2 &lt; 5".
 */
const DISPLAY_NAME = 'Tom & Jerry <ops> 3 > 2 < 5';

/**
 * Tells whether a word inside an element is drawn left to right: its first letter left of
 * its last, as a reader sees it (the DOM order never changes, only the drawing does).
 *
 * @param container Element whose text holds the word.
 * @param word      Word of at least two letters, found once.
 */
async function drawnLeftToRight(
	container: Locator,
	word: string
): Promise< boolean > {
	return container.evaluate( ( element, wanted ) => {
		const walker = document.createTreeWalker(
			element,
			NodeFilter.SHOW_TEXT
		);
		for ( let node = walker.nextNode(); node; node = walker.nextNode() ) {
			const start = node.textContent!.indexOf( wanted );
			if ( start >= 0 ) {
				const edge = ( offset: number ) => {
					const range = document.createRange();
					range.setStart( node, offset );
					range.setEnd( node, offset + 1 );
					return range.getBoundingClientRect().left;
				};
				return edge( start ) < edge( start + wanted.length - 1 );
			}
		}
		throw new Error( `"${ wanted }" is not in the element.` );
	}, word );
}

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

test.describe( 'a credential name with a right-to-left override', () => {
	const name = `Invoice ${ RLO }fdp.exe`;

	test.beforeEach( async ( { requestUtils } ) => {
		await setMainWP( requestUtils, { active: false } );
		await revokeAllPasswords( requestUtils );
		await seedPassword( requestUtils, name );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await revokeAllPasswords( requestUtils );
	} );

	test( 'is isolated in the table, so it cannot reach beyond its own text', async ( {
		page,
	} ) => {
		await page.goto( USERS_PAGE );

		const shown = page
			.getByRole( 'row', { name: /Invoice/ } )
			.getByText( name, { exact: true } );
		await expect( shown ).toBeVisible();
		// A <bdi> element: the browser isolates its text from whatever is laid out around it.
		expect(
			await shown.evaluate( ( element ) => ( {
				inBdi: element.closest( 'bdi' ) !== null,
				unicodeBidi: getComputedStyle( element ).unicodeBidi,
			} ) )
		).toEqual( { inBdi: true, unicodeBidi: 'isolate' } );
	} );

	test( 'leaves the sentence after it readable in the revoke dialog', async ( {
		page,
	} ) => {
		await page.goto( USERS_PAGE );
		await page
			.getByRole( 'row', { name: /Invoice/ } )
			.getByRole( 'button', { name: 'Revoke' } )
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Revoke application password',
		} );
		const question = dialog.getByText( /Any tool using it loses access/ );
		await expect( question ).toBeVisible();

		expect( await drawnLeftToRight( question, 'Any' ) ).toBe( true );
		expect( await drawnLeftToRight( question, 'undone' ) ).toBe( true );
	} );
} );
