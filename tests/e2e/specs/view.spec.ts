/**
 * The table's view and keyboard use.
 */

import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';
import { readinessChecked } from '../utils/screen';

const NAMES = [ 'Bravo', 'Alpha', 'Charlie' ];

async function shownNames( page: Page ) {
	const rows = await page.getByRole( 'row' ).allInnerTexts();
	return rows
		.map( ( text ) => NAMES.find( ( name ) => text.includes( name ) ) )
		.filter( Boolean );
}

test( 'sorts by name, and remembers the sort for this user', async ( {
	page,
	credentials,
	preferences,
} ) => {
	for ( const name of NAMES ) {
		await credentials.seed( name );
	}
	await page.goto( USERS_PAGE );
	await expect( page.getByRole( 'row', { name: /Charlie/ } ) ).toBeVisible();
	// The preference saves below must not queue behind the readiness checks.
	await readinessChecked( page );

	await page.getByRole( 'button', { name: 'Name', exact: true } ).click();
	await page.getByRole( 'menuitemradio', { name: 'Sort ascending' } ).click();

	await expect
		.poll( () => shownNames( page ) )
		.toEqual( [ 'Alpha', 'Bravo', 'Charlie' ] );
	// The menu stays open after a choice.
	await page
		.getByRole( 'menuitemradio', { name: 'Sort descending' } )
		.click();
	await page.keyboard.press( 'Escape' );
	await expect
		.poll( () => shownNames( page ) )
		.toEqual( [ 'Charlie', 'Bravo', 'Alpha' ] );

	// Saved in the user's preferences on the server, and applied after a reload.
	await expect
		.poll( async () => ( await preferences.stored() )?.view, {
			timeout: 15_000,
		} )
		.toMatchObject( { sort: { field: 'name', direction: 'desc' } } );
	await page.reload();
	await expect
		.poll( () => shownNames( page ) )
		.toEqual( [ 'Charlie', 'Bravo', 'Alpha' ] );
} );

test( 'works from the keyboard: the dialog keeps focus inside and gives it back', async ( {
	page,
} ) => {
	await page.goto( USERS_PAGE );
	const open = page.getByRole( 'button', {
		name: 'Create application password',
	} );
	await open.focus();
	await page.keyboard.press( 'Enter' );

	const dialog = page.getByRole( 'dialog', {
		name: 'Create application password',
	} );
	await expect( dialog ).toBeVisible();
	for ( let step = 0; step < 12; step++ ) {
		await page.keyboard.press( 'Tab' );
		expect(
			await dialog.evaluate( ( element ) =>
				element.contains( element.ownerDocument.activeElement )
			)
		).toBe( true );
	}

	await page.keyboard.press( 'Escape' );
	await expect( dialog ).toBeHidden();
	await expect( open ).toBeFocused();
} );

test( 'a view remembered before the policy columns shows them once; a column then hidden stays hidden', async ( {
	page,
	requestUtils,
	credentials,
	preferences,
} ) => {
	await credentials.seed( 'Alpha' );
	// As the screen saved it before the policy columns existed: no version.
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me',
		data: {
			meta: {
				persisted_preferences: {
					'mainwp-application-passwords': {
						view: {
							fields: [ 'created', 'lastUsed', 'lastIp' ],
							sort: { field: 'name', direction: 'asc' },
							perPage: 20,
						},
					},
				},
			},
		},
	} );
	await page.goto( USERS_PAGE );
	await expect( page.getByRole( 'row', { name: /Alpha/ } ) ).toBeVisible();
	for ( const column of [
		'Created',
		'Last used',
		'Last IP',
		'Expires',
		'Access',
	] ) {
		await expect(
			page.getByRole( 'columnheader', { name: column, exact: true } )
		).toBeVisible();
	}
	await readinessChecked( page );

	await page.getByRole( 'button', { name: 'Access', exact: true } ).click();
	await page.getByRole( 'menuitem', { name: 'Hide column' } ).click();
	await expect
		.poll( async () => ( await preferences.stored() )?.view, {
			timeout: 15_000,
		} )
		.toEqual( {
			fields: [ 'created', 'lastUsed', 'lastIp', 'expires' ],
			sort: { field: 'name', direction: 'asc' },
			perPage: 20,
			version: 2,
		} );
	await page.reload();
	await expect( page.getByRole( 'row', { name: /Alpha/ } ) ).toBeVisible();
	await expect(
		page.getByRole( 'columnheader', { name: 'Expires', exact: true } )
	).toBeVisible();
	await expect(
		page.getByRole( 'columnheader', { name: 'Access', exact: true } )
	).toHaveCount( 0 );
} );
