import {
	DEFAULT_VIEW,
	parseStoredView,
	toStoredView,
} from '../../../src/utils/view';

describe( 'parseStoredView', () => {
	it( 'keeps valid columns, sort and page size', () => {
		expect(
			parseStoredView( {
				fields: [ 'created', 'appId' ],
				sort: { field: 'lastUsed', direction: 'asc' },
				perPage: 50,
			} )
		).toEqual( {
			fields: [ 'created', 'appId' ],
			sort: { field: 'lastUsed', direction: 'asc' },
			perPage: 50,
		} );
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
		} );
	} );
} );
