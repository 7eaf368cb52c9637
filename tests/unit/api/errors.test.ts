import { toRestError } from '../../../src/api/errors';

describe( 'toRestError', () => {
	it( 'keeps the server’s code, message and status', () => {
		expect(
			toRestError( {
				code: 'rest_forbidden',
				message: 'Sorry, you are not allowed to do that.',
				data: { status: 403 },
			} )
		).toEqual( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
			status: 403,
		} );
	} );

	it( 'describes failures that never reached the server', () => {
		expect( toRestError( new TypeError( 'Failed to fetch' ) ) ).toEqual( {
			code: 'client_error',
			message: 'Failed to fetch',
			status: null,
		} );
		expect( toRestError( 'nonsense' ).code ).toBe( 'unknown_error' );
	} );

	it( 'supplies a message when the server gave none', () => {
		const error = toRestError( { code: 'fetch_error', message: '' } );
		expect( error.message ).not.toBe( '' );
		expect( error.status ).toBeNull();
	} );

	it( 'explains an ended login session instead of core’s terse message', () => {
		const error = toRestError( {
			code: 'rest_cookie_invalid_nonce',
			message: 'Cookie check failed',
			data: { status: 403 },
		} );
		expect( error.message ).toContain( 'Your login session has ended' );
		expect( error.status ).toBe( 403 );
	} );
} );
