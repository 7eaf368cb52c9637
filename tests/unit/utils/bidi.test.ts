/* @jest-environment node */
import { isolate } from '../../../src/utils/bidi';

describe( 'isolate', () => {
	it( 'closes a right-to-left override inside a name before the text that follows', () => {
		const name = 'Invoice \u202Efdp.exe';
		const sentence = `Revoke “${ isolate( name ) }”?`;
		expect( sentence ).toBe(
			'Revoke “\u2068Invoice \u202Efdp.exe\u2069”?'
		);
	} );
} );
