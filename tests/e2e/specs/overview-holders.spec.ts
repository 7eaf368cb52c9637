/**
 * The overview route with many holders and old credentials, as an API client sees it: across
 * the 200-holder chunk it reads users in, and its `idle90` filter on the server. The holders are
 * written straight into core's tables by a test-only route (e2e-credential-holders.php).
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect, test } from '../fixtures';
import { OVERVIEW_ROUTE } from '../utils/site';

/** A holder to seed: one user with one credential of that name. */
interface Holder {
	name: string;
	created_days_ago?: number;
	last_used_days_ago?: number;
}

/**
 * Seeds the holders, runs the test, and removes them whatever happened.
 *
 * @param requestUtils Administrator's request utilities.
 * @param prefix       Start of every holder's name (and login).
 * @param holders      Holders to seed.
 * @param run          The test's body.
 */
async function withHolders(
	requestUtils: RequestUtils,
	prefix: string,
	holders: Holder[],
	run: () => Promise< void >
) {
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/holders',
		data: { holders },
	} );
	try {
		await run();
	} finally {
		await requestUtils.rest( {
			method: 'DELETE',
			path: '/e2e/v1/holders',
			data: { prefix },
		} );
	}
}

/**
 * Reads one overview page as the logged-in administrator, with its paging headers.
 *
 * @param requestUtils Administrator's request utilities.
 * @param params       Query arguments.
 */
async function overview(
	requestUtils: RequestUtils,
	params: Record< string, string >
) {
	if ( ! requestUtils.storageState ) {
		await requestUtils.setupRest();
	}
	const { rootURL, nonce } = requestUtils.storageState!;
	const response = await requestUtils.request.get(
		rootURL + OVERVIEW_ROUTE.slice( 1 ),
		{ params, headers: { 'X-WP-Nonce': nonce }, failOnStatusCode: false }
	);
	expect( response.status(), await response.text() ).toBe( 200 );
	return {
		total: response.headers()[ 'x-wp-total' ],
		totalPages: response.headers()[ 'x-wp-totalpages' ],
		names: ( ( await response.json() ) as Array< { name: string } > ).map(
			( item ) => item.name
		),
	};
}

test( 'across the 200-holder chunk, 201 holders come back once each, in pages whose totals agree', async ( {
	requestUtils,
} ) => {
	const prefix = `chunk${ Date.now().toString( 36 ) }`;
	const names = Array.from(
		{ length: 201 },
		( _, index ) => `${ prefix } ${ index + 1 }`
	);

	await withHolders(
		requestUtils,
		prefix,
		names.map( ( name ) => ( { name } ) ),
		async () => {
			const listed: string[] = [];
			for ( const page of [ '1', '2', '3' ] ) {
				const answer = await overview( requestUtils, {
					search: prefix,
					per_page: '100',
					orderby: 'name',
					order: 'asc',
					page,
				} );
				expect( answer.total, `page ${ page }` ).toBe( '201' );
				expect( answer.totalPages, `page ${ page }` ).toBe( '3' );
				listed.push( ...answer.names );
			}
			expect( listed ).toHaveLength( 201 );
			expect( [ ...listed ].sort() ).toEqual( [ ...names ].sort() );
		}
	);
} );

test( 'idle90 on the server: used 91 days ago is idle, 89 days ago is not; never used counts from creation', async ( {
	requestUtils,
} ) => {
	const prefix = `idle${ Date.now().toString( 36 ) }`;
	await withHolders(
		requestUtils,
		prefix,
		[
			{
				name: `${ prefix } used 91`,
				created_days_ago: 400,
				last_used_days_ago: 91,
			},
			{
				name: `${ prefix } used 89`,
				created_days_ago: 400,
				last_used_days_ago: 89,
			},
			{ name: `${ prefix } created 91`, created_days_ago: 91 },
			{ name: `${ prefix } created 89`, created_days_ago: 89 },
		],
		async () => {
			const idle = await overview( requestUtils, {
				search: prefix,
				'usage[]': 'idle90',
			} );
			expect( idle.names.sort() ).toEqual( [
				`${ prefix } created 91`,
				`${ prefix } used 91`,
			] );
			expect( idle.total ).toBe( '2' );

			const never = await overview( requestUtils, {
				search: prefix,
				'usage[]': 'never',
			} );
			expect( never.names.sort() ).toEqual( [
				`${ prefix } created 89`,
				`${ prefix } created 91`,
			] );
		}
	);
} );
