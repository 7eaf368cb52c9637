/**
 * When the server answers 500 or the network fails, listing, creating and revoking each say why
 * and lose nothing; and two tabs revoking the same credential.
 *
 * Route interception here fakes only the failure (a 500 or a dropped connection) in front of the
 * real site; every other request, and every check of the server's state, reaches WordPress.
 */

import type { Page, Request, Route } from '@playwright/test';

import { expect, test } from '../fixtures';
import { ABILITIES, OVERVIEW_ROUTE, USERS_PAGE } from '../utils/site';
import { openCreateDialog, readinessChecked } from '../utils/screen';

/** What a failing server says in this test, in the shape of a WP_Error response. */
const SERVER_MESSAGE = 'The database went away for a moment.';

/** How a request fails, and what the screen must then say. */
interface Failure {
	name: string;
	fail: ( route: Route ) => Promise< void >;
	message: string;
}

const FAILURES: Failure[] = [
	{
		name: 'a 500',
		fail: ( route ) =>
			route.fulfill( {
				status: 500,
				json: {
					code: 'e2e_internal_error',
					message: SERVER_MESSAGE,
					data: { status: 500 },
				},
			} ),
		message: SERVER_MESSAGE,
	},
	{
		name: 'a network failure',
		fail: ( route ) => route.abort( 'connectionreset' ),
		// What wp-api-fetch says when fetch() rejects while the browser is online.
		message: 'Could not get a valid response from the server.',
	},
];

/** Core's application-password collection or item routes, pretty or plain (?rest_route=). */
const PASSWORDS_ROUTE =
	/\/wp\/v2\/users\/[^/]+\/application-passwords(\/[^/?&]+)?([?&]|$)/;

/**
 * Makes the matching requests fail until the returned function is called.
 *
 * @param page    Page.
 * @param failure How they fail.
 * @param matches Which requests.
 * @return Lets the requests through again.
 */
async function failRequests(
	page: Page,
	failure: Failure,
	matches: ( request: Request ) => boolean
): Promise< () => Promise< void > > {
	const handler = ( route: Route ) =>
		matches( route.request() ) ? failure.fail( route ) : route.fallback();
	await page.route( '**/*', handler );
	return () => page.unroute( '**/*', handler );
}

/**
 * Says whether a request goes to a REST route, whatever the permalink structure.
 *
 * @param request Request.
 * @param route   Route pattern.
 * @param method  HTTP method.
 */
function isRest( request: Request, route: RegExp | string, method: string ) {
	const url = decodeURIComponent( request.url() );
	// wp-api-fetch sends DELETE as a POST that names the method in a header.
	const sent =
		request.headers()[ 'x-http-method-override' ] ?? request.method();
	return (
		sent === method &&
		( typeof route === 'string'
			? url.includes( route )
			: route.test( url ) )
	);
}

for ( const failure of FAILURES ) {
	test( `creating after ${ failure.name } says why and keeps the name and App ID`, async ( {
		page,
		credentials,
	} ) => {
		await page.goto( USERS_PAGE );
		const form = await openCreateDialog( page );
		const name = form.getByRole( 'textbox', { name: 'Name' } );
		const appId = form.getByRole( 'textbox', {
			name: 'App ID (optional)',
		} );
		await name.fill( 'Typed before the failure' );
		await appId.fill( '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' );
		const restore = await failRequests( page, failure, ( request ) =>
			isRest( request, PASSWORDS_ROUTE, 'POST' )
		);

		await form
			.getByRole( 'button', { name: 'Create', exact: true } )
			.click();

		await expect( form.getByText( failure.message ) ).toBeVisible();
		await expect( name ).toHaveValue( 'Typed before the failure' );
		await expect( appId ).toHaveValue(
			'0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
		);
		expect( await credentials.list() ).toEqual( [] );

		// Once the server answers again, the same form creates it.
		await restore();
		await form
			.getByRole( 'button', { name: 'Create', exact: true } )
			.click();
		await expect(
			page.getByRole( 'dialog', {
				name: 'Your new application password',
			} )
		).toBeVisible();
		expect( await credentials.list() ).toEqual( [
			expect.objectContaining( { name: 'Typed before the failure' } ),
		] );
	} );

	test( `revoking after ${ failure.name } says why, keeps the credential, and can try again`, async ( {
		page,
		credentials,
		client,
	} ) => {
		const kept = await credentials.seed( 'Survives the failure' );
		await page.goto( USERS_PAGE );
		await readinessChecked( page );
		// Revoking goes through /batch/v1 and falls back to single DELETEs: both fail.
		const restore = await failRequests(
			page,
			failure,
			( request ) =>
				isRest( request, '/batch/v1', 'POST' ) ||
				isRest( request, PASSWORDS_ROUTE, 'DELETE' )
		);

		await page
			.getByRole( 'row', { name: /Survives the failure/ } )
			.getByRole( 'button', { name: 'Revoke' } )
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Revoke application password',
		} );
		await dialog.getByRole( 'button', { name: 'Revoke' } ).click();

		await expect( dialog ).toContainText(
			'1 application password could not be revoked:'
		);
		await expect( dialog ).toContainText(
			`Survives the failure: ${ failure.message }`
		);
		expect( await client.status( ABILITIES, 'admin', kept.password ) ).toBe(
			200
		);

		await restore();
		await dialog.getByRole( 'button', { name: 'Try again' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			page.getByRole( 'row', { name: /Survives the failure/ } )
		).toHaveCount( 0 );
		expect( await client.status( ABILITIES, 'admin', kept.password ) ).toBe(
			401
		);
	} );

	test( `the all-users list after ${ failure.name } says why and keeps the search`, async ( {
		page,
		credentials,
	} ) => {
		const tag = `listed-${ Date.now().toString( 36 ) }`;
		await credentials.seed( `${ tag } one` );
		await page.goto( `${ USERS_PAGE }&view=all` );
		// The page, then its first overview request: two round trips to a busy Playground.
		await expect(
			page.getByRole( 'row', { name: new RegExp( tag ) } )
		).toBeVisible( { timeout: 30_000 } );
		await readinessChecked( page );
		const restore = await failRequests( page, failure, ( request ) =>
			isRest( request, OVERVIEW_ROUTE, 'GET' )
		);

		const search = page.getByRole( 'searchbox', {
			name: 'Search by name or owner',
		} );
		await search.fill( tag );

		// The notice, not its copy in the screen-reader announcement region that follows it.
		await expect( page.getByText( failure.message ).first() ).toBeVisible();
		await expect( search ).toHaveValue( tag );

		await restore();
		await page.getByRole( 'button', { name: 'Try again' } ).click();
		await expect(
			page.getByRole( 'button', { name: 'Try again' } )
		).toHaveCount( 0 );
		await expect(
			page.getByRole( 'row', { name: new RegExp( `${ tag } one` ) } )
		).toBeVisible();
		await expect( search ).toHaveValue( tag );
	} );
}

test( 'two tabs revoke the same credential: the second says it was already gone', async ( {
	page,
	credentials,
	client,
} ) => {
	const twice = await credentials.seed( 'Revoked in two tabs' );
	const second = await page.context().newPage();
	for ( const tab of [ page, second ] ) {
		await tab.goto( USERS_PAGE );
		await readinessChecked( tab );
		await tab
			.getByRole( 'row', { name: /Revoked in two tabs/ } )
			.getByRole( 'button', { name: 'Revoke' } )
			.click();
	}

	const confirm = ( tab: Page ) =>
		tab
			.getByRole( 'dialog', { name: 'Revoke application password' } )
			.getByRole( 'button', { name: 'Revoke' } );
	await confirm( page ).click();
	await expect(
		page.getByText( 'Revoked “Revoked in two tabs”.' ).first()
	).toBeVisible();

	// Core answers the second tab's DELETE with 404: the screen must not claim it revoked it.
	await confirm( second ).click();
	await expect(
		second.getByText( /already (been )?(revoked|gone)/i ).first()
	).toBeVisible();
	await expect(
		second.getByText( 'Revoked “Revoked in two tabs”.' )
	).toHaveCount( 0 );
	await expect(
		second.getByRole( 'row', { name: /Revoked in two tabs/ } )
	).toHaveCount( 0 );

	// Listed again, it is not there, and the server refuses it.
	await second.reload();
	await expect(
		second.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();
	expect( await client.status( ABILITIES, 'admin', twice.password ) ).toBe(
		401
	);
	await second.close();
} );
