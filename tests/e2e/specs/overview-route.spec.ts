/**
 * The overview route as an API client sees it: paging past the end, what counts as idle, and
 * the policy filters.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect, test } from '../fixtures';
import {
	OVERVIEW_ROUTE,
	revokeAllPasswords,
	seedCredentials,
	setMainWP,
} from '../utils/site';

/** An overview item, with the fields this spec reads. */
interface OverviewItem {
	name: string;
}

/**
 * Reads the overview as the logged-in administrator, with its status and paging headers.
 *
 * @param requestUtils Administrator's request utilities.
 * @param params       Query arguments, e.g. `{ 'usage[]': 'never' }` (a query string repeats one).
 */
async function getOverview(
	requestUtils: RequestUtils,
	params: Record< string, string > | string
) {
	if ( ! requestUtils.storageState ) {
		await requestUtils.setupRest();
	}
	const { rootURL, nonce } = requestUtils.storageState!;
	const response = await requestUtils.request.get(
		rootURL + OVERVIEW_ROUTE.slice( 1 ),
		{ params, headers: { 'X-WP-Nonce': nonce }, failOnStatusCode: false }
	);
	return {
		status: response.status(),
		total: response.headers()[ 'x-wp-total' ],
		totalPages: response.headers()[ 'x-wp-totalpages' ],
		// A PHP fatal error answers with an HTML page, shown whole in the failure.
		body: ( await response
			.json()
			.catch( () => response.text() ) ) as unknown,
	};
}

test.beforeEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
	await seedCredentials(
		requestUtils,
		[ 'Route one', 'Route two', 'Route three' ].map( ( name ) => ( {
			userId: 1,
			name,
		} ) )
	);
} );

test.afterAll( async ( { requestUtils } ) => {
	await revokeAllPasswords( requestUtils );
} );

test( 'a page past the last one, however large its number, is an empty page with the right totals', async ( {
	requestUtils,
} ) => {
	for ( const page of [ '3', '99999999999999999999' ] ) {
		const response = await getOverview( requestUtils, {
			per_page: '2',
			page,
		} );
		expect( response, `page=${ page }` ).toEqual( {
			status: 200,
			total: '3',
			totalPages: '2',
			body: [],
		} );
	}
} );

test( 'a credential created today and never used is never used, but not idle', async ( {
	requestUtils,
} ) => {
	const never = await getOverview( requestUtils, { 'usage[]': 'never' } );
	expect(
		( never.body as OverviewItem[] ).map( ( item ) => item.name ).sort()
	).toEqual( [ 'Route one', 'Route three', 'Route two' ] );

	const idle = await getOverview( requestUtils, { 'usage[]': 'idle90' } );
	expect( idle ).toEqual( {
		status: 200,
		total: '0',
		totalPages: '0',
		body: [],
	} );
} );

test( 'filters by policy as one owner’s list does: expired, expiring within 7 days, read only, any of them', async ( {
	requestUtils,
	users,
} ) => {
	const DAY = 24 * 60 * 60 * 1000;
	const inDays = ( days: number ) =>
		new Date( Date.now() + days * DAY ).toISOString();
	const editor = await users.create( 'editor' );
	const [ lapsed ] = await seedCredentials( requestUtils, [
		{ userId: 1, name: 'Lapsed', policy: { expires: inDays( 1 ) } },
		{ userId: 1, name: 'Soon', policy: { expires: inDays( 3 ) } },
		{ userId: 1, name: 'Later', policy: { expires: inDays( 30 ) } },
		{ userId: editor.id, name: 'Reader', policy: { access: 'read' } },
	] );
	// Time passes for one (test-only clock): it expired a minute ago.
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/policy-clock',
		data: { user_id: 1, uuid: lapsed!.uuid, expires_ago: 60 },
	} );

	const filtered = async ( query: string ) => {
		const response = await getOverview( requestUtils, query );
		return {
			status: response.status,
			total: response.total,
			// An error answers with its code instead of a list.
			names: Array.isArray( response.body )
				? ( response.body as OverviewItem[] )
						.map( ( item ) => item.name )
						.sort()
				: ( response.body as { code: string } ).code,
		};
	};
	expect( await filtered( 'policy[]=expired' ) ).toEqual( {
		status: 200,
		total: '1',
		names: [ 'Lapsed' ],
	} );
	expect( await filtered( 'policy[]=expiring' ) ).toEqual( {
		status: 200,
		total: '1',
		names: [ 'Soon' ],
	} );
	expect( await filtered( 'policy[]=read' ) ).toEqual( {
		status: 200,
		total: '1',
		names: [ 'Reader' ],
	} );
	expect(
		await filtered( 'policy[]=expired&policy[]=read&per_page=1' )
	).toMatchObject( { status: 200, total: '2' } );
	expect(
		await filtered(
			'policy[]=expired&policy[]=read&orderby=name&order=asc'
		)
	).toEqual( { status: 200, total: '2', names: [ 'Lapsed', 'Reader' ] } );
	expect( await filtered( 'policy[]=read&usage[]=idle90' ) ).toEqual( {
		status: 200,
		total: '0',
		names: [],
	} );
	expect( await filtered( 'policy[]=forever' ) ).toMatchObject( {
		status: 400,
		names: 'rest_invalid_param',
	} );
} );

test( 'describes its parameters and items, and items carry exactly the fields of its schema', async ( {
	requestUtils,
} ) => {
	const description = ( await requestUtils.rest( {
		method: 'OPTIONS',
		path: OVERVIEW_ROUTE,
	} ) ) as {
		endpoints: Array< { args: Record< string, unknown > } >;
		schema: { properties: Record< string, unknown > };
	};
	expect( Object.keys( description.endpoints[ 0 ]!.args ).sort() ).toEqual( [
		'context',
		'order',
		'orderby',
		'page',
		'per_page',
		'policy',
		'search',
		'usage',
	] );
	const fields = Object.keys( description.schema.properties ).sort();
	// Core's application-password fields, without the one-time password, plus the owner and the
	// policy fields this plugin adds to core's object.
	expect( fields ).toEqual( [
		'access',
		'allowed_ips',
		'app_id',
		'created',
		'expires',
		'last_ip',
		'last_used',
		'name',
		'owner',
		'rotation',
		'uuid',
	] );

	const { body } = await getOverview( requestUtils, {} );
	for ( const item of body as Array< Record< string, unknown > > ) {
		expect( Object.keys( item ).sort() ).toEqual( fields );
	}
} );
