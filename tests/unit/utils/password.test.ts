/*
 * @jest-environment node
 */
import { groupInFours, normaliseAppId } from '../../../src/utils/password';
import { basicAuthHeader } from '../../../src/utils/basic-auth';

describe( 'groupInFours', () => {
	it( 'groups core’s 24 characters as core shows them', () => {
		expect( groupInFours( 'abcdEFGHijklMNOPqrstUVWX' ) ).toBe(
			'abcd EFGH ijkl MNOP qrst UVWX'
		);
	} );

	it( 'regroups a password that already has spaces', () => {
		expect( groupInFours( 'ab cdef gh' ) ).toBe( 'abcd efgh' );
	} );
} );

describe( 'normaliseAppId', () => {
	it( 'trims and lowercases a UUID', () => {
		expect(
			normaliseAppId( '  0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D ' )
		).toBe( '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' );
	} );

	it.each( [ 'claude', '0a1b2c3d-4e5f-4a6b-8c7d', '' ] )(
		'rejects %p',
		( value ) => {
			expect( normaliseAppId( value ) ).toBeNull();
		}
	);
} );

describe( 'basicAuthHeader', () => {
	it( 'encodes username and password as Basic credentials', () => {
		expect( basicAuthHeader( 'admin', 'pass word' ) ).toBe(
			`Basic ${ Buffer.from( 'admin:pass word' ).toString( 'base64' ) }`
		);
	} );

	it( 'encodes non-ASCII usernames as UTF-8', () => {
		expect( basicAuthHeader( 'jürgen', 'pw' ) ).toBe(
			`Basic ${ Buffer.from( 'jürgen:pw', 'utf8' ).toString( 'base64' ) }`
		);
	} );
} );
