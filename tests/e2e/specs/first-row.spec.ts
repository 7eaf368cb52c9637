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
