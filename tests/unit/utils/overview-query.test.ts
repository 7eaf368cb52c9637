/* @jest-environment node */
import type { View } from '@wordpress/dataviews/wp';

import { toOverviewQuery } from '../../../src/utils/overview-query';
import { DEFAULT_ALL_VIEW } from '../../../src/utils/view';

describe( 'toOverviewQuery', () => {
	it( 'asks for the first page, newest first, by default', () => {
		expect( toOverviewQuery( DEFAULT_ALL_VIEW ) ).toEqual( {
			page: 1,
			perPage: 20,
			search: '',
			orderby: 'created',
			order: 'desc',
			usage: [],
			policy: [],
		} );
	} );

	it( 'maps search, sort, page and the usage and policy filters to the route', () => {
		const view: View = {
			...DEFAULT_ALL_VIEW,
			page: 3,
			perPage: 50,
			search: '  zapier ',
			sort: { field: 'lastUsed', direction: 'asc' },
			filters: [
				{
					field: 'usage',
					operator: 'isAny',
					value: [ 'never', 'bogus' ],
				},
				{
					field: 'policy',
					operator: 'isAny',
					value: [ 'expiring', 'read', 'full' ],
				},
			],
		};
		expect( toOverviewQuery( view ) ).toEqual( {
			page: 3,
			perPage: 50,
			search: 'zapier',
			orderby: 'last_used',
			order: 'asc',
			usage: [ 'never' ],
			policy: [ 'expiring', 'read' ],
		} );
	} );
} );
