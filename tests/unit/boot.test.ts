import { parseBootData } from '../../src/boot';

describe( 'parseBootData', () => {
	const valid = {
		rootId: 'root',
		placement: 'mainwp',
		mainwpVersion: '6.1.2',
	};

	it( 'accepts what the PHP side prints', () => {
		expect( parseBootData( valid ) ).toEqual( valid );
		expect(
			parseBootData( {
				...valid,
				placement: 'users',
				mainwpVersion: null,
			} )
		).toEqual( {
			rootId: 'root',
			placement: 'users',
			mainwpVersion: null,
		} );
	} );

	it( 'explains missing boot data', () => {
		expect( () => parseBootData( undefined ) ).toThrow(
			'Boot data is missing'
		);
	} );

	it.each( [
		[ 'rootId', { ...valid, rootId: '' } ],
		[ 'placement', { ...valid, placement: 'tools' } ],
		[ 'mainwpVersion', { ...valid, mainwpVersion: 6 } ],
	] )( 'names the bad field %s', ( field, value ) => {
		expect( () => parseBootData( value ) ).toThrow( `"${ field }"` );
	} );
} );
