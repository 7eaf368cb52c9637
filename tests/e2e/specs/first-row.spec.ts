/**
 * What the page needs before it shows the first credential comes with its HTML: no REST round
 * trip stands between an administrator and the first row (timings are the benchmark's business,
 * `npm run benchmark:page`; this checks the requests a browser sends).
 */

import type { Page, Request } from '@playwright/test';

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';

const FIRST_ROW = '#mainwp-application-passwords-root tbody tr';

/**
 * Records, in the page's own clock, when the first credential row enters the DOM.
 *
 * @param page Page not yet navigated.
 */
async function watchFirstRow( page: Page ): Promise< void > {
	await page.addInitScript( ( selector ) => {
		const observer = new window.MutationObserver( () => {
			if ( document.querySelector( selector ) ) {
				( window as unknown as { firstRowAt: number } ).firstRowAt =
					performance.now();
				observer.disconnect();
			}
		} );
		observer.observe( document, { childList: true, subtree: true } );
	}, FIRST_ROW );
}

const isRest = ( url: string ) => /\/wp-json\/|[?&]rest_route=/.test( url );

/**
 * REST requests the page started before the first row. Every REST request the browser sent
 * is waited for, then placed by its start time in the page's own clock (Resource Timing), the
 * clock the row's time was taken in.
 *
 * @param page     Page showing the row.
 * @param requests Every request the page sent.
 */
async function restBeforeFirstRow(
	page: Page,
	requests: Request[]
): Promise< string[] > {
	const rest = requests.filter( ( request ) => isRest( request.url() ) );
	await Promise.all( rest.map( ( request ) => request.response() ) );
	const started = await page.evaluate( () =>
		performance.getEntriesByType( 'resource' ).map( ( entry ) => ( {
			url: entry.name,
			before:
				entry.startTime <=
				( window as unknown as { firstRowAt: number } ).firstRowAt,
		} ) )
	);
	return rest
		.map( ( request ) => request.url() )
		.filter( ( url ) =>
			started.some( ( entry ) => entry.url === url && entry.before )
		);
}

test( 'an administrator opening the page for the first time sees their credentials without a REST request', async ( {
	users,
	credentials,
} ) => {
	// A new administrator has no remembered preferences yet: the table's come with the page.
	const admin = await users.create( 'administrator' );
	await credentials.seed( 'First row check', admin.id );
	const page = await ( await users.logIn( admin ) ).newPage();
	await watchFirstRow( page );
	const requests: Request[] = [];
	page.on( 'request', ( request ) => requests.push( request ) );

	await page.goto( USERS_PAGE );

	await expect(
		page.getByRole( 'row', { name: /First row check/ } )
	).toBeVisible();
	expect( await restBeforeFirstRow( page, requests ) ).toEqual( [] );
} );

const DRAWN = '.mainwp-application-passwords__first-rows';
// Core strips the tags from a name it stores; the quotes, ampersand and `>` stay.
const HOSTILE = `Alpha & "quotes" 'single' > <script>window.pwned=1</script>`;
const STORED = `Alpha & "quotes" 'single' >`;

test( 'the first rows come drawn in the HTML, in the remembered view, escaped, and the app takes them over', async ( {
	users,
	credentials,
	requestUtils,
} ) => {
	const admin = await users.create( 'administrator' );
	const bravo = await credentials.seed( 'Bravo tool', admin.id );
	const hostile = await credentials.seed( HOSTILE, admin.id );
	// The view this administrator chose: two more columns, by name, ten to a page.
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/${ admin.id }`,
		data: {
			meta: {
				persisted_preferences: {
					'mainwp-application-passwords': {
						view: {
							fields: [ 'created', 'lastIp' ],
							sort: { field: 'name', direction: 'asc' },
							perPage: 10,
							// Chosen with today's columns known (an older view gets the policy columns once).
							version: 2,
						},
					},
				},
			},
		},
	} );
	const context = await users.logIn( admin );

	// The HTML as the server sends it: the rows are there, escaped, without secrets.
	const html = await ( await context.request.get( USERS_PAGE ) ).text();
	const drawn = html.slice( html.indexOf( DRAWN.slice( 1 ) ) );
	expect( drawn ).toContain(
		'<bdi>Alpha &amp; &quot;quotes&quot; &#039;single&#039; &gt;</bdi>'
	);
	expect( html ).not.toContain( 'window.pwned' );
	for ( const secret of [
		bravo.password,
		hostile.password,
		'$generic$',
		'$wp$',
		'$P$',
	] ) {
		expect( html ).not.toContain( secret );
	}
	const headers = [
		...drawn
			.slice( 0, drawn.indexOf( '</thead>' ) )
			.matchAll( /dataviews-view-table-header-button[^>]*>([^<]+)</g ),
	].map( ( match ) => match[ 1 ] );
	expect( headers ).toEqual( [ 'Name', 'Created', 'Last IP' ] );

	// In a browser, before the app's script arrives: the same rows, by name, the name as text.
	const page = await context.newPage();
	let release = () => {};
	const held = new Promise< void >( ( resolve ) => ( release = resolve ) );
	await page.route( /\/build\/index\.js/, async ( route ) => {
		await held;
		await route.continue();
	} );
	// The deferred script holds DOMContentLoaded back, so the page is taken as it arrives.
	await page.goto( USERS_PAGE, { waitUntil: 'commit' } );
	await expect( page.locator( `${ DRAWN } tbody tr` ) ).toHaveText( [
		new RegExp( `^\\s*${ STORED }` ),
		/^\s*Bravo tool/,
	] );

	// The app arrives and takes over: its own rows, whose actions work.
	release();
	await expect( page.locator( DRAWN ) ).toHaveCount( 0 );
	await page
		.getByRole( 'row', { name: /Bravo tool/ } )
		.getByRole( 'button', { name: 'Revoke' } )
		.click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke application password',
	} );
	await dialog.getByRole( 'button', { name: 'Revoke' } ).click();
	// While the dialog is open the page behind it is hidden from the accessibility tree.
	await expect( dialog ).toHaveCount( 0 );
	await expect( page.getByRole( 'row', { name: /Bravo tool/ } ) ).toHaveCount(
		0
	);
	expect(
		( await credentials.list( admin.id ) ).map( ( item ) => item.name )
	).toEqual( [ STORED ] );
} );
