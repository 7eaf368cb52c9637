import { matchesUsage } from '../../../src/utils/usage';
import { applicationPassword } from '../fixtures';

const now = new Date( '2026-11-29T12:00:00Z' );
const item = ( lastUsed: string | null ) =>
	applicationPassword( { created: '2026-01-01T00:00:00', lastUsed } );

describe( 'matchesUsage', () => {
	it( 'counts a credential never used as both never used and idle', () => {
		expect( matchesUsage( item( null ), 'never', now ) ).toBe( true );
		expect( matchesUsage( item( null ), 'idle90', now ) ).toBe( true );
	} );

	it( 'counts a credential last used 91 days ago as idle only', () => {
		const old = item( '2026-08-30T11:00:00' );
		expect( matchesUsage( old, 'never', now ) ).toBe( false );
		expect( matchesUsage( old, 'idle90', now ) ).toBe( true );
	} );

	it( 'does not count a credential used 89 days ago as idle', () => {
		expect(
			matchesUsage( item( '2026-09-01T12:00:00' ), 'idle90', now )
		).toBe( false );
	} );
} );
