/**
 * The page at home inside the real MainWP Dashboard: what a person sees without scrolling, at a
 * laptop's size and a phone's, and controls that show their state without hovering.
 */

import type { Page } from '@playwright/test';

import { MAINWP_PAGE } from '../utils/site';
import { expect, readinessCheckedInMainWP, test } from './fixtures';

/**
 * Tells whether an element lies fully inside the window, without scrolling.
 *
 * @param page    Page.
 * @param locator What to measure.
 */
async function bottomWithinWindow(
	page: Page,
	locator: ReturnType< Page[ 'locator' ] >
): Promise< boolean > {
	const box = ( await locator.boundingBox() )!;
	return box.y + box.height <= page.viewportSize()!.height;
}

test.beforeEach( async ( { mainwpRequestUtils } ) => {
	await mainwpRequestUtils.rest( {
		method: 'DELETE',
		path: '/wp/v2/users/me/application-passwords',
	} );
	for ( const name of [ 'Claude Desktop', 'Zapier', 'Internal Script' ] ) {
		await mainwpRequestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me/application-passwords',
			data: { name },
		} );
	}
} );

test( 'at 1280x800 the first credential shows without scrolling, below the readiness line and good practice', async ( {
	page,
} ) => {
	await page.setViewportSize( { width: 1280, height: 800 } );
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );

	await expect(
		page.getByRole( 'region', { name: 'Readiness' } )
	).toBeInViewport();
	await expect(
		page.getByRole( 'heading', { name: 'Good practice' } )
	).toBeInViewport();
	// The first row of the table's body, whichever credential the sort puts there.
	const firstRow = page.locator( '.dataviews-view-table tbody tr' ).first();
	await expect( firstRow ).toBeVisible();
	expect( await bottomWithinWindow( page, firstRow ) ).toBe( true );
} );

test( 'at 390 px the Create button shows without scrolling, and each date of a row whole', async ( {
	page,
} ) => {
	await page.setViewportSize( { width: 390, height: 844 } );
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );

	const create = page
		.getByRole( 'button', { name: 'Create application password' } )
		.first();
	await expect( create ).toBeVisible();
	expect( await bottomWithinWindow( page, create ) ).toBe( true );

	const row = page.getByRole( 'row', { name: /Claude Desktop/ } );
	await row.scrollIntoViewIfNeeded();
	// The dates the default columns show (last used, expiry): none cut off.
	const dates = row
		.getByRole( 'cell' )
		.filter( { hasText: /^(Never|.* ago|Expires .*|Expired)$/ } );
	await expect( dates.first() ).toBeVisible();
	const cut = await dates.evaluateAll( ( all ) =>
		all
			.filter( ( cell ) =>
				[ cell, ...cell.querySelectorAll( '*' ) ].some(
					( element ) => element.scrollWidth > element.clientWidth + 1
				)
			)
			.map( ( cell ) => cell.textContent )
	);
	expect( cut ).toEqual( [] );
} );

test( 'shows Edit and Revoke on every row without hovering it', async ( {
	page,
} ) => {
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );
	await page.mouse.move( 0, 0 );

	const row = page.getByRole( 'row', { name: /Zapier/ } );
	for ( const name of [ 'Edit', 'Revoke' ] ) {
		await expect( row.getByRole( 'button', { name } ) ).toHaveCSS(
			'opacity',
			'1'
		);
	}
} );

test( 'a "Revoke all" that cannot be pressed yet does not look like one that can', async ( {
	page,
} ) => {
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );
	await page.getByRole( 'button', { name: 'Revoke all…' } ).click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke all application passwords',
	} );
	const confirm = dialog.getByRole( 'button', { name: 'Revoke all' } );
	const typed = dialog.getByRole( 'textbox', {
		name: 'Type admin to confirm',
	} );

	await typed.fill( 'admin' );
	await expect( confirm ).toBeEnabled();
	const enabledFill = await confirm.evaluate(
		( button ) => getComputedStyle( button ).backgroundColor
	);
	await typed.fill( '' );
	await expect( confirm ).toBeDisabled();

	await expect( confirm ).not.toHaveCSS( 'background-color', enabledFill );
	await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
} );
