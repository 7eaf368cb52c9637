import { isIdle, matchesUsage } from '../../../src/utils/usage';
import { applicationPassword } from '../fixtures';

const now = new Date( '2026-11-29T12:00:00Z' );
const IDLE_DAYS = 90;
const item = ( lastUsed: string | null, created = '2026-01-01T00:00:00' ) =>
	applicationPassword( { created, lastUsed } );

describe( 'matchesUsage', () => {
	it( 'counts a credential never used and created long ago as both never used and idle', () => {
		expect( matchesUsage( item( null ), 'never', now, IDLE_DAYS ) ).toBe(
			true
		);
		expect( matchesUsage( item( null ), 'idle90', now, IDLE_DAYS ) ).toBe(
			true
		);
	} );

	it( 'counts a credential created today and never used as never used, not idle', () => {
		const fresh = item( null, '2026-11-29T11:59:00' );
		expect( matchesUsage( fresh, 'never', now, IDLE_DAYS ) ).toBe( true );
		expect( matchesUsage( fresh, 'idle90', now, IDLE_DAYS ) ).toBe( false );
	} );

	it( 'counts a credential last used 91 days ago as idle only', () => {
		const old = item( '2026-08-30T11:00:00' );
		expect( matchesUsage( old, 'never', now, IDLE_DAYS ) ).toBe( false );
		expect( matchesUsage( old, 'idle90', now, IDLE_DAYS ) ).toBe( true );
	} );

	it( 'does not count a credential used 89 days ago as idle', () => {
		expect(
			matchesUsage(
				item( '2026-09-01T12:00:00' ),
				'idle90',
				now,
				IDLE_DAYS
			)
		).toBe( false );
	} );

	it( 'takes the idle limit it is given', () => {
		const usedTenDaysAgo = item( '2026-11-19T11:00:00' );
		expect( matchesUsage( usedTenDaysAgo, 'idle90', now, 30 ) ).toBe(
			false
		);
		expect( matchesUsage( usedTenDaysAgo, 'idle90', now, 7 ) ).toBe( true );
	} );
} );

describe( 'isIdle', () => {
	it( 'draws the line at exactly the limit, from the later of creation and last use', () => {
		expect(
			isIdle( item( null, '2026-08-31T12:00:00' ), now, IDLE_DAYS )
		).toBe( false );
		expect(
			isIdle( item( null, '2026-08-31T11:59:59' ), now, IDLE_DAYS )
		).toBe( true );
		expect(
			isIdle(
				item( '2026-08-31T12:00:00', '2025-01-01T00:00:00' ),
				now,
				IDLE_DAYS
			)
		).toBe( false );
	} );
} );
