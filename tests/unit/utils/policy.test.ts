import type { SitePolicy } from '../../../src/api/policy';
import {
	currentExpiry,
	defaultExpiry,
	expiryChoices,
	expiryState,
	expiryValue,
	formatTimeLeft,
	matchesPolicy,
	parseAddressList,
	toDateInput,
	withAddress,
} from '../../../src/utils/policy';
import { applicationPassword } from '../fixtures';

const NOW = new Date( '2026-11-30T12:00:00Z' );
const DAY = 24 * 60 * 60 * 1000;

const site = ( fields: Partial< SitePolicy > = {} ): SitePolicy => ( {
	defaultLifetimeDays: null,
	maxLifetimeDays: null,
	defaultAccess: 'full',
	...fields,
} );

describe( 'expiryChoices', () => {
	it( 'offers every preset and never when the site sets no maximum', () => {
		expect( expiryChoices( site() ) ).toEqual( [
			'30',
			'90',
			'365',
			'never',
			'date',
		] );
		expect( expiryChoices( null ) ).toContain( 'never' );
	} );

	it( 'offers only presets within the maximum, and no never', () => {
		expect( expiryChoices( site( { maxLifetimeDays: 90 } ) ) ).toEqual( [
			'30',
			'90',
			'date',
		] );
	} );
} );

describe( 'defaultExpiry', () => {
	it( 'starts on the preset of the site’s default lifetime', () => {
		expect(
			defaultExpiry( site( { defaultLifetimeDays: 90 } ), NOW )
		).toEqual( { choice: '90', date: '' } );
	} );

	it( 'starts on a date when the default lifetime is no preset', () => {
		expect(
			defaultExpiry( site( { defaultLifetimeDays: 14 } ), NOW )
		).toEqual( {
			choice: 'date',
			date: toDateInput( new Date( NOW.getTime() + 14 * DAY ) ),
		} );
	} );

	it( 'starts on never, unless the maximum forbids it', () => {
		expect( defaultExpiry( site(), NOW ).choice ).toBe( 'never' );
		expect(
			defaultExpiry( site( { maxLifetimeDays: 180 } ), NOW )
		).toEqual( {
			choice: 'date',
			date: toDateInput( new Date( NOW.getTime() + 180 * DAY ) ),
		} );
	} );
} );

describe( 'expiryValue', () => {
	it( 'counts presets from now, in UTC to the second', () => {
		expect( expiryValue( { choice: '30', date: '' }, NOW ) ).toBe(
			'2026-12-30T12:00:00Z'
		);
		expect( expiryValue( { choice: 'never', date: '' }, NOW ) ).toBeNull();
	} );

	it( 'ends a chosen date at the end of that day', () => {
		const value = expiryValue(
			{ choice: 'date', date: '2027-01-15' },
			NOW
		);
		expect( value ).toBe(
			new Date( 2027, 0, 15, 23, 59, 59 )
				.toISOString()
				.replace( '.000Z', 'Z' )
		);
	} );

	it( 'has no value without a readable date', () => {
		expect(
			expiryValue( { choice: 'date', date: '' }, NOW )
		).toBeUndefined();
	} );

	it( 'starts an edit on the credential’s own day', () => {
		expect( currentExpiry( null ) ).toEqual( {
			choice: 'never',
			date: '',
		} );
		expect( currentExpiry( '2027-01-15T12:00:00Z' ) ).toEqual( {
			choice: 'date',
			date: toDateInput( new Date( '2027-01-15T12:00:00Z' ) ),
		} );
	} );
} );

describe( 'expiryState and the policy filters', () => {
	const at = ( offset: number ) =>
		new Date( NOW.getTime() + offset ).toISOString();

	it( 'marks expired and expiring within 7 days', () => {
		expect( expiryState( null, NOW ) ).toBe( 'never' );
		expect( expiryState( at( -1000 ), NOW ) ).toBe( 'expired' );
		expect( expiryState( at( 3 * DAY ), NOW ) ).toBe( 'soon' );
		expect( expiryState( at( 7 * DAY ), NOW ) ).toBe( 'soon' );
		expect( expiryState( at( 8 * DAY ), NOW ) ).toBe( 'later' );
	} );

	it( 'filters expired, expiring and read-only credentials', () => {
		const expired = applicationPassword( { expires: at( -DAY ) } );
		const expiring = applicationPassword( { expires: at( 2 * DAY ) } );
		const reader = applicationPassword( { access: 'read' } );
		const items = [ expired, expiring, reader ];
		expect(
			items.filter( ( item ) => matchesPolicy( item, 'expired', NOW ) )
		).toEqual( [ expired ] );
		expect(
			items.filter( ( item ) => matchesPolicy( item, 'expiring', NOW ) )
		).toEqual( [ expiring ] );
		expect(
			items.filter( ( item ) => matchesPolicy( item, 'read', NOW ) )
		).toEqual( [ reader ] );
	} );
} );

describe( 'allowed addresses', () => {
	it( 'takes one entry per line, or separated by commas and spaces, without repeats', () => {
		expect(
			parseAddressList(
				' 203.0.113.7\n10.0.0.0/8, 2001:db8::/32 \n\n203.0.113.7'
			)
		).toEqual( [ '203.0.113.7', '10.0.0.0/8', '2001:db8::/32' ] );
		expect( parseAddressList( '  ' ) ).toEqual( [] );
	} );

	it( 'adds the last-used address once', () => {
		expect( withAddress( '10.0.0.1', '127.0.0.1' ) ).toBe(
			'10.0.0.1\n127.0.0.1'
		);
		expect( withAddress( '127.0.0.1', '127.0.0.1' ) ).toBe( '127.0.0.1' );
		expect( withAddress( '', '::1' ) ).toBe( '::1' );
	} );
} );

describe( 'formatTimeLeft', () => {
	const at = ( offset: number ) =>
		new Date( NOW.getTime() + offset ).toISOString();

	it( 'says the time left in minutes, hours or days, rounded up', () => {
		expect( formatTimeLeft( at( 30 * 1000 ), NOW ) ).toBe( 'in 1 minute' );
		expect( formatTimeLeft( at( 59 * 60 * 1000 ), NOW ) ).toBe(
			'in 59 minutes'
		);
		expect( formatTimeLeft( at( 60 * 60 * 1000 ), NOW ) ).toBe(
			'in 1 hour'
		);
		expect( formatTimeLeft( at( 3 * DAY - 5000 ), NOW ) ).toBe(
			'in 3 days'
		);
		expect( formatTimeLeft( at( 30 * DAY ), NOW ) ).toBe( 'in 30 days' );
	} );
} );
