/**
 * The app labels its REST requests for the audit trail's "via this screen".
 */

import { labelRequest } from '../../../src/api/request-label';

describe( 'labelRequest', () => {
	it( 'adds the label header and keeps the request’s own headers', () => {
		const next = jest.fn( () => Promise.resolve( {} ) );
		labelRequest(
			{ path: '/wp/v2/users/me', headers: { 'X-WP-Nonce': 'n' } },
			next
		);
		expect( next ).toHaveBeenCalledWith( {
			path: '/wp/v2/users/me',
			headers: { 'X-WP-Nonce': 'n', 'X-App-Passwords-Manager': 'screen' },
		} );
	} );
} );
