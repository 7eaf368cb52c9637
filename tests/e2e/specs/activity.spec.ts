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
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Activity' } ).click();

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

test( 'the owner and credential filters offer every owner and credential the viewer may see, not only those on the page', async ( {
	page,
	credentials,
	users,
} ) => {
	const tag = `fac-${ Date.now().toString( 36 ) }`;
	const author = await users.create( 'author' );
	await credentials.seed( `${ tag } author’s`, author.id );
	await credentials.seed( `${ tag } ours` );
	await page.goto( USERS_PAGE );
	await readinessChecked( page );
	// The view filtered to our credential (and its owner): the author's events are on no page.
	// Opening it queues three requests on Playground's one PHP worker.
	await page
		.getByRole( 'row', { name: new RegExp( `${ tag } ours` ) } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Activity' } ).click();
	await expect( bodyRows( page ) ).toHaveCount( 1, { timeout: 30_000 } );
	await expect( bodyRows( page ) ).toContainText( `${ tag } ours` );

	await page.getByRole( 'button', { name: 'Filter', exact: true } ).click();
	await page.getByRole( 'button', { name: /^Owner is/ } ).click();
	await page
		.getByRole( 'option', { name: author.username, exact: true } )
		.click();
	await page.keyboard.press( 'Escape' );
	await page
		.getByRole( 'button', { name: /^Application password is/ } )
		.click();
	await page
		.getByRole( 'option', {
			name: `${ tag } author’s (${ author.username })`,
		} )
		.click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ) ).toHaveCount( 1 );
	await expect( bodyRows( page ) ).toContainText( `${ tag } author’s` );
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
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
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

test( 'an administrator sets the retention and the alerts at the bottom of the page, and turns one alert off for themselves', async ( {
	page,
	requestUtils,
} ) => {
	const saved = ( await requestUtils.rest( {
		path: '/app-passwords-manager/v1/audit-settings',
	} ) ) as Record< string, unknown >;
	try {
		await page.goto( USERS_PAGE );
		const settings = page.getByRole( 'region', { name: 'Settings' } );
		const events = settings.getByRole( 'spinbutton', {
			name: 'Keep events for (days)',
		} );
		await events.fill( '0' );
		await expect( settings.getByRole( 'alert' ) ).toHaveText(
			/whole number of days from 1 to 3650/
		);
		await events.fill( '30' );
		await settings
			.getByRole( 'checkbox', { name: /Repeated failed sign-ins/ } )
			.click();
		await settings
			.getByRole( 'button', { name: 'Save audit settings' } )
			.click();
		await expect(
			page.getByText( 'Audit settings saved.' ).first()
		).toBeVisible();
		expect(
			await requestUtils.rest( {
				path: '/app-passwords-manager/v1/audit-settings',
			} )
		).toMatchObject( {
			events_days: 30,
			alerts: { failed_sign_ins: false, new_credential: true },
		} );

		await page.getByRole( 'radio', { name: 'Activity' } ).click();
		// The viewer's own choices are a request of their own, behind the page's on Playground.
		const yours = page.getByText( 'Your email alerts' );
		await expect( yours ).toBeVisible( { timeout: 20_000 } );
		await yours.click();
		const mine = page.getByRole( 'group', { name: 'Email me when' } );
		// The site no longer sends the failed sign-in alert: it is not offered.
		await expect( mine.getByRole( 'checkbox' ) ).toHaveCount( 2 );
		await mine
			.getByRole( 'checkbox', { name: /used from an address/ } )
			.uncheck();
		await expect(
			page.getByText( 'Your email alerts are saved.' ).first()
		).toBeVisible();
		const me = ( await requestUtils.rest( {
			path: '/wp/v2/users/me',
			params: { context: 'edit' },
		} ) ) as { meta: Record< string, unknown > };
		expect( me.meta.mainwp_app_passwords_alerts_off ).toEqual( [
			'new_address',
		] );
	} finally {
		await requestUtils.rest( {
			method: 'POST',
			path: '/app-passwords-manager/v1/audit-settings',
			data: saved,
		} );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me',
			data: { meta: { mainwp_app_passwords_alerts_off: [] } },
		} );
	}
} );
