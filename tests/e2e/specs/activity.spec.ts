/**
 * The Activity view and the Usage panel, as a person uses them: what they did on this screen
 * shows as an event, filtered to one credential from its row and downloaded as CSV; a real
 * Basic-auth request shows in the credential's usage; an editor sees only their own events.
 */

import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import { createThroughScreen, readinessChecked } from '../utils/screen';
import { ABILITIES, USERS_PAGE } from '../utils/site';

/**
 * Rows of a DataViews table body (the header row excluded).
 *
 * @param page Page.
 */
const bodyRows = ( page: Page ) =>
	page.locator( 'tbody tr.dataviews-view-table__row' );

test( 'a credential created on this screen shows in its Activity, filtered from its row, downloads as CSV and links back', async ( {
	page,
	credentials,
} ) => {
	const tag = `act-${ Date.now().toString( 36 ) }`;
	// Another credential's events must not show once the view is filtered to ours.
	await credentials.seed( `${ tag } other` );
	await page.goto( USERS_PAGE );
	const { view, password } = await createThroughScreen(
		page,
		`${ tag } ours`
	);
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await page
		.getByRole( 'row', { name: new RegExp( `${ tag } ours` ) } )
		.getByRole( 'button', { name: 'Activity' } )
		.click();

	await expect(
		page.getByRole( 'radio', { name: 'Activity', checked: true } )
	).toBeVisible();
	expect( new URL( page.url() ).searchParams.get( 'view' ) ).toBe(
		'activity'
	);
	const created = bodyRows( page ).filter( { hasText: 'Created' } );
	await expect( created ).toHaveCount( 1, { timeout: 20_000 } );
	await expect( created ).toContainText( `${ tag } ours` );
	// The app's own requests are labelled, so the trail says which path the action took.
	await expect( created ).toContainText( 'admin via this screen' );
	await expect( bodyRows( page ) ).toHaveCount( 1 );

	// The download is the filtered trail as CSV, signed by the REST nonce, never a password.
	const link = page.getByRole( 'link', {
		name: 'Download these events (CSV)',
	} );
	const href = ( await link.getAttribute( 'href' ) )!;
	expect( href ).toContain( '_wpnonce=' );
	expect( href ).not.toContain( password.replace( / /g, '' ) );
	const [ download ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		link.click(),
	] );
	expect( download.suggestedFilename() ).toMatch( /\.csv$/ );
	const csv = await readFile( ( await download.path() )!, 'utf8' );
	const lines = csv.trim().split( /\r?\n/ );
	expect( lines ).toHaveLength( 2 );
	expect( lines[ 1 ] ).toContain( `${ tag } ours` );
	expect( csv ).not.toContain( `${ tag } other` );

	// The credential's name leads back to it in its owner's list.
	await created.getByRole( 'link', { name: `${ tag } ours` } ).click();
	await expect(
		page.getByRole( 'radio', { name: 'Yours', checked: true } )
	).toBeVisible();
	await expect( bodyRows( page ) ).toHaveCount( 1 );
	await expect( bodyRows( page ) ).toContainText( `${ tag } ours` );
} );

test( 'the Usage panel shows a request the credential made with real Basic auth', async ( {
	page,
	credentials,
	client,
} ) => {
	const seeded = await credentials.seed( 'Usage probe' );
	expect( await client.status( ABILITIES, 'admin', seeded.password ) ).toBe(
		200
	);

	await page.goto( USERS_PAGE );
	await readinessChecked( page );
	await page
		.getByRole( 'row', { name: /Usage probe/ } )
		.getByRole( 'button', { name: 'Usage' } )
		.click();
	const panel = page.getByRole( 'dialog', {
		name: 'Usage of “Usage probe”',
	} );

	await expect(
		panel.getByRole( 'img', {
			name: /^1 request \(0 writes\) on 1 of the last 30 days\./,
		} )
	).toBeVisible( { timeout: 20_000 } );
	await expect(
		panel.getByRole( 'row', { name: /wp-abilities\/v1 1 0/ } )
	).toBeVisible();
	await expect(
		panel.getByRole( 'row', { name: /127\.0\.0\.1 1/ } )
	).toBeVisible();
} );

test( 'an editor sees the activity of their own credentials, never another user’s', async ( {
	testSite,
	credentials,
	users,
} ) => {
	// A site that lets editors open the page, through the documented filter.
	await testSite.set( { e2e_page_capability: 'edit_others_posts' } );
	const editor = await users.create( 'editor' );
	await credentials.seed( 'Editor tool', editor.id );
	await credentials.seed( 'Admin only tool' );

	const editorPage = await ( await users.logIn( editor ) ).newPage();
	await editorPage.goto( `${ USERS_PAGE }&view=activity` );

	await expect(
		editorPage.getByRole( 'radio', { name: 'Activity', checked: true } )
	).toBeVisible();
	await expect(
		bodyRows( editorPage ).filter( { hasText: 'Editor tool' } )
	).toHaveCount( 1, { timeout: 20_000 } );
	await expect( bodyRows( editorPage ) ).toHaveCount( 1 );
	await expect( editorPage.getByText( 'Admin only tool' ) ).toHaveCount( 0 );
	await expect(
		editorPage.getByRole( 'radio', { name: 'All users' } )
	).toHaveCount( 0 );
} );
