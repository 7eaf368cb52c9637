import {
	DEFAULT_VIEW,
	parseStoredView,
	toStoredView,
	VIEW_VERSION,
} from '../../../src/utils/view';

describe( 'parseStoredView', () => {
	it( 'keeps valid columns, sort and page size', () => {
		expect(
			parseStoredView( {
				fields: [ 'created', 'appId' ],
				sort: { field: 'lastUsed', direction: 'asc' },
				perPage: 50,
				version: VIEW_VERSION,
			} )
		).toEqual( {
			fields: [ 'created', 'appId' ],
			sort: { field: 'lastUsed', direction: 'asc' },
			perPage: 50,
			version: VIEW_VERSION,
		} );
	} );

	it( 'shows a view saved before the policy columns those columns, once', () => {
		expect(
			parseStoredView( {
				fields: [ 'owner', 'lastUsed', 'access' ],
				perPage: 50,
			} )
		).toEqual( {
			fields: [ 'owner', 'lastUsed', 'access', 'expires' ],
			perPage: 50,
			version: 2,
		} );
		// Saved since: the user's choice stands, even without any policy column.
		expect(
			parseStoredView( { fields: [ 'lastUsed' ], version: 2 } )
		).toEqual( {
			fields: [ 'lastUsed' ],
			version: 2,
		} );
		// Without remembered columns, the defaults apply.
		expect( parseStoredView( { perPage: 10 } ) ).toEqual( {
			perPage: 10,
		} );
		// The Activity view has no versions.
		expect(
			parseStoredView( { fields: [ 'time' ], version: 2 }, 'activity' )
		).toEqual( { fields: [ 'time' ] } );
	} );

	it( 'drops what it does not know rather than trusting it', () => {
		expect(
			parseStoredView( {
				fields: [ 'created', 'password' ],
				sort: { field: 'lastIp', direction: 'asc' },
				perPage: 7,
				search: 'remembered',
			} )
		).toEqual( {} );
		expect( parseStoredView( 'nonsense' ) ).toEqual( {} );
		expect( parseStoredView( undefined ) ).toEqual( {} );
	} );
} );

describe( 'toStoredView', () => {
	it( 'remembers columns, sort and page size but not the search, page or filters', () => {
		expect(
			toStoredView( {
				...DEFAULT_VIEW,
				search: 'zap',
				page: 3,
				filters: [
					{ field: 'usage', operator: 'isAny', value: [ 'never' ] },
				],
			} )
		).toEqual( {
			fields: DEFAULT_VIEW.fields,
			sort: DEFAULT_VIEW.sort,
			perPage: DEFAULT_VIEW.perPage,
			version: VIEW_VERSION,
		} );
	} );
} );
