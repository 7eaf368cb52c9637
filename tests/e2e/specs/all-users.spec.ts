/**
 * The all-users overview: every credential on the site with its owner, searched, sorted,
 * filtered and paged by the server, and revoked in bulk across owners in few requests.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

import {
	OVERVIEW,
	USERS_PAGE,
	basicAuthFetch,
	basicAuthStatus,
	createUserWithRole,
	deleteUser,
	listPasswordsOf,
	revokeAllPasswords,
	seedCredentials,
	setMainWP,
	type SeededCredential,
	type TestUser,
} from '../utils/site';

const ROLES = [ 'editor', 'author', 'subscriber' ] as const;
let users: TestUser[] = [];
let seeded: SeededCredential[] = [];

/**
 * Rows of the table body (the header row excluded).
 * @param page
 */
const bodyRows = ( page: Page ) =>
	page.locator( 'tbody tr.dataviews-view-table__row' );

async function openOverview( page: Page ) {
	await page.goto( `${ USERS_PAGE }&view=all` );
	await expect(
		page.getByRole( 'radio', { name: 'All users', checked: true } )
	).toBeVisible();
	// The page, then its first overview request: two round trips to a busy Playground.
	await expect( page.getByText( /of 30 Items/ ) ).toBeVisible( {
		timeout: 30_000,
	} );
}

test.beforeEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
	users = [];
	for ( const role of ROLES ) {
		users.push( await createUserWithRole( requestUtils, role ) );
	}
	// Ten credentials per user, thirty in all, seeded 25 to a batch request.
	seeded = await seedCredentials(
		requestUtils,
		users.flatMap( ( user, u ) =>
			Array.from( { length: 10 }, ( _, i ) => ( {
				userId: user.id,
				name: `${ ROLES[ u ] } tool ${ String( i ).padStart( 2, '0' ) }`,
			} ) )
		)
	);
} );

test.afterEach( async ( { requestUtils } ) => {
	for ( const user of users ) {
		await deleteUser( requestUtils, user );
	}
} );

test( 'lists every user’s credentials with their owner, paged, searched, sorted and filtered by the server', async ( {
	page,
	playwright,
	baseURL,
} ) => {
	// One credential is used once, as a client would.
	const used = seeded.find( ( item ) => item.name === 'author tool 03' )!;
	const author = users[ 1 ]!;
	expect(
		await basicAuthStatus(
			playwright.request,
			baseURL!,
			'wp-json/wp/v2/users/me',
			author.username,
			used.password
		)
	).toBe( 200 );

	const overviewRequests: URL[] = [];
	page.on( 'request', ( sent ) => {
		const url = new URL( decodeURIComponent( sent.url() ) );
		if (
			url.href.includes(
				'app-passwords-manager/v1/application-passwords'
			)
		) {
			overviewRequests.push( url );
		}
	} );
	await openOverview( page );

	// Page 1 of 2 (20 per page), fetched from the server one page at a time.
	await expect( bodyRows( page ) ).toHaveCount( 20 );
	// Each row names its owner, one of the three users.
	const owners = new RegExp(
		users.map( ( user ) => user.username ).join( '|' )
	);
	for ( const row of await bodyRows( page ).all() ) {
		await expect( row ).toContainText( owners );
	}
	await page.getByRole( 'button', { name: 'Next page' } ).click();
	await expect( bodyRows( page ) ).toHaveCount( 10 );
	expect(
		overviewRequests.map( ( url ) => url.searchParams.get( 'page' ) )
	).toContain( '2' );

	// Search by owner: only that user's ten.
	const search = page.getByRole( 'searchbox', {
		name: 'Search by name or owner',
	} );
	await search.fill( author.username );
	await expect( bodyRows( page ) ).toHaveCount( 10 );
	for ( const row of await bodyRows( page ).all() ) {
		await expect( row.getByText( author.username ) ).toBeVisible();
	}

	// Sort by last used: the one used credential comes first, then last.
	await page
		.getByRole( 'button', { name: 'Last used', exact: true } )
		.click();
	await page
		.getByRole( 'menuitemradio', { name: 'Sort descending' } )
		.click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ).first() ).toContainText( 'author tool 03' );
	await page
		.getByRole( 'button', { name: 'Last used', exact: true } )
		.click();
	await page.getByRole( 'menuitemradio', { name: 'Sort ascending' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ).last() ).toContainText( 'author tool 03' );

	// Filter "never used": the used one drops out, the other nine stay.
	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
	await page.getByRole( 'option', { name: 'Never used' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ) ).toHaveCount( 9 );
	await expect(
		page.getByRole( 'row', { name: /author tool 03/ } )
	).toHaveCount( 0 );
	expect(
		overviewRequests.some(
			( url ) =>
				url.searchParams.get( 'search' ) === author.username &&
				// usage[]=never, which api-fetch writes as usage[0]=never.
				[ ...url.searchParams ]
					.filter( ( [ key ] ) => key.startsWith( 'usage' ) )
					.map( ( [ , value ] ) => value )
					.join() === 'never'
		)
	).toBe( true );

	// Search by credential name across owners.
	await search.fill( 'subscriber tool 07' );
	await expect( bodyRows( page ) ).toHaveCount( 1 );
	await expect( bodyRows( page ).first() ).toContainText(
		users[ 2 ]!.username
	);
} );

test( 'revokes 30 credentials of 3 users in 2 batch requests', async ( {
	page,
	playwright,
	baseURL,
	requestUtils,
} ) => {
	await openOverview( page );
	await page.getByRole( 'button', { name: 'View options' } ).click();
	await page.getByRole( 'radio', { name: '50', exact: true } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ) ).toHaveCount( 30 );

	const batches: string[] = [];
	const deletes: string[] = [];
	page.on( 'request', ( sent ) => {
		const url = decodeURIComponent( sent.url() );
		if ( url.includes( '/batch/v1' ) && sent.method() === 'POST' ) {
			batches.push( url );
		}
		if ( sent.method() === 'DELETE' ) {
			deletes.push( url );
		}
	} );
	await page
		.getByRole( 'columnheader', { name: 'Select all' } )
		.getByRole( 'checkbox' )
		.click();
	await page.getByRole( 'button', { name: 'Revoke' } ).last().click();
	const confirm = page.getByRole( 'dialog', {
		name: 'Revoke 30 application passwords',
	} );
	// Names alone are ambiguous across owners: each says whose it is.
	await expect( confirm ).toContainText(
		`author tool 03 (${ users[ 1 ]!.username })`
	);
	await confirm
		.getByRole( 'button', { name: 'Revoke all selected' } )
		.click();

	await expect(
		page.getByText( 'Revoked 30 application passwords.' ).first()
	).toBeVisible();
	await expect(
		page.getByText( 'No user on this site has an application password.' )
	).toBeVisible();
	expect( batches ).toHaveLength( 2 );
	expect( deletes ).toEqual( [] );

	// On the server: nothing left, and each user's credentials are refused.
	for ( const [ index, user ] of users.entries() ) {
		expect( await listPasswordsOf( requestUtils, user.id ) ).toEqual( [] );
		const credential = seeded[ index * 10 ]!;
		expect(
			await basicAuthStatus(
				playwright.request,
				baseURL!,
				'wp-json/wp/v2/users/me',
				user.username,
				credential.password
			)
		).toBe( 401 );
	}
} );

test( 'the overview route pages on the server and never sends a hash', async ( {
	playwright,
	baseURL,
	requestUtils,
} ) => {
	const admin = await seedCredentials( requestUtils, [
		{ userId: 1, name: 'Route check' },
	] );
	const response = await basicAuthFetch(
		playwright.request,
		baseURL!,
		'GET',
		`${ OVERVIEW }?per_page=7&page=5&orderby=name&order=asc`,
		'admin',
		admin[ 0 ]!.password
	);
	expect( response.status ).toBe( 200 );
	expect( response.headers[ 'x-wp-total' ] ).toBe( '31' );
	expect( response.headers[ 'x-wp-totalpages' ] ).toBe( '5' );
	const items = response.body as Array< Record< string, unknown > >;
	// 31 credentials at 7 a page: page 5 holds the last 3.
	expect( items ).toHaveLength( 3 );
	expect( Object.keys( items[ 0 ]! ).sort() ).toEqual(
		[
			'app_id',
			'created',
			'last_ip',
			'last_used',
			'name',
			'owner',
			'uuid',
		].sort()
	);
	expect( JSON.stringify( items ) ).not.toMatch(
		/\$(generic|wp)\$|password/
	);
} );
