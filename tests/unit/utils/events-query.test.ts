/**
 * The Activity view's state as the events route's query, and as its CSV export's address.
 */

import type { View } from '@wordpress/dataviews/wp';

import { eventsExportUrl } from '../../../src/api/audit';
import {
	isoOffset,
	toEventsQuery,
	withCredentialFilter,
} from '../../../src/utils/events-query';

const view: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	filters: [],
};

describe( 'toEventsQuery', () => {
	it( 'maps filters to the route’s arguments, days in the site’s timezone', () => {
		expect(
			toEventsQuery(
				{
					...view,
					page: 3,
					search: ' zapier ',
					filters: [
						{ field: 'owner', operator: 'is', value: 7 },
						{ field: 'credential', operator: 'is', value: 'u-1' },
						{
							field: 'type',
							operator: 'isAny',
							value: [ 'created', 'revoked' ],
						},
						{
							field: 'time',
							operator: 'between',
							value: [ '2026-11-01', '2026-11-30' ],
						},
					],
				},
				5.5
			)
		).toEqual( {
			page: 3,
			perPage: 20,
			search: 'zapier',
			userId: 7,
			uuid: 'u-1',
			types: [ 'created', 'revoked' ],
			after: '2026-11-01T00:00:00+05:30',
			before: '2026-11-30T23:59:59+05:30',
			order: 'desc',
		} );
	} );

	it( 'reads one day, and ignores what is not a date', () => {
		const on = ( value: unknown ) =>
			toEventsQuery(
				{
					...view,
					filters: [ { field: 'time', operator: 'on', value } ],
				},
				-4
			);
		expect( on( '2026-11-30' ) ).toMatchObject( {
			after: '2026-11-30T00:00:00-04:00',
			before: '2026-11-30T23:59:59-04:00',
		} );
		expect( on( 'yesterday' ) ).toMatchObject( {
			after: null,
			before: null,
		} );
	} );

	it( 'filters to one credential from its first page, replacing an earlier one', () => {
		const filtered = withCredentialFilter(
			withCredentialFilter( { ...view, page: 4, search: 'x' }, 'a', 1 ),
			'b',
			2
		);
		expect( toEventsQuery( filtered, 0 ) ).toMatchObject( {
			page: 1,
			search: '',
			userId: 2,
			uuid: 'b',
		} );
	} );
} );

describe( 'isoOffset', () => {
	it.each( [
		[ 0, '+00:00' ],
		[ 1, '+01:00' ],
		[ -3.5, '-03:30' ],
		[ 5.75, '+05:45' ],
	] )( 'writes %d hours as %s', ( hours, text ) => {
		expect( isoOffset( hours ) ).toBe( text );
	} );
} );

describe( 'eventsExportUrl', () => {
	it( 'keeps the filters, drops the paging and signs with the REST nonce', () => {
		const query = toEventsQuery(
			{
				...view,
				page: 2,
				filters: [
					{ field: 'credential', operator: 'is', value: 'u-1' },
				],
			},
			0
		);
		const url = new URL(
			eventsExportUrl( 'https://example.com/wp-json/', query, 'n0nce' )
		);
		expect( url.pathname ).toBe(
			'/wp-json/app-passwords-manager/v1/events/export'
		);
		expect( Object.fromEntries( url.searchParams ) ).toEqual( {
			order: 'desc',
			uuid: 'u-1',
			_wpnonce: 'n0nce',
		} );
	} );

	it( 'works on plain permalinks', () => {
		const url = new URL(
			eventsExportUrl(
				'https://example.com/index.php?rest_route=/',
				toEventsQuery( view, 0 ),
				'n0nce'
			)
		);
		expect( url.searchParams.get( 'rest_route' ) ).toBe(
			'/app-passwords-manager/v1/events/export'
		);
		expect( url.searchParams.get( '_wpnonce' ) ).toBe( 'n0nce' );
	} );
} );
