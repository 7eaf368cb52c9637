/* @jest-environment node */
import { isolate } from '../../../src/utils/bidi';

describe( 'isolate', () => {
	it( 'closes a right-to-left override inside a name before the text that follows', () => {
		expect( `Revoke “${ isolate( 'Invoice \u202Efdp.exe' ) }”?` ).toBe(
			'Revoke “\u2068Invoice \u202Efdp.exe\u2069”?'
		);
	} );

	it( 'isolates a name written right to left', () => {
		expect( isolate( 'שלום' ) ).toBe( '\u2068שלום\u2069' );
	} );

	it( 'leaves a name with nothing that sets a direction as it is', () => {
		expect( isolate( 'Zapier (sales)' ) ).toBe( 'Zapier (sales)' );
	} );
} );
