import {
	DEFAULT_ROLL,
	MAX_GRACE,
	rollSchedule,
	rolledExpiry,
} from '../../../src/utils/roll';

describe( 'rollSchedule', () => {
	it( 'starts at the new one’s first use plus an hour, at the latest in 7 days', () => {
		expect( rollSchedule( DEFAULT_ROLL ) ).toEqual( {
			deadline: '7d',
			grace: 3600,
		} );
	} );

	it( 'sends the chosen grace after first use', () => {
		expect(
			rollSchedule( { mode: 'first-use', grace: 0, deadline: '1d' } )
		).toEqual( { deadline: '1d', grace: 0 } );
	} );

	it( 'at a set time, keeps the new one’s first use from ending the old one sooner', () => {
		expect(
			rollSchedule( { mode: 'deadline', grace: 0, deadline: '1h' } )
		).toEqual( { deadline: '1h', grace: MAX_GRACE } );
		expect( MAX_GRACE ).toBe( 7 * 24 * 60 * 60 );
	} );
} );

describe( 'rolledExpiry', () => {
	const now = new Date( '2027-01-01T00:00:00Z' );
	const inDays = ( days: number ) =>
		new Date( now.getTime() + days * 86_400_000 )
			.toISOString()
			.replace( /\.\d{3}Z$/, 'Z' );
	const site = ( def: number | null, max: number | null ) => ( {
		defaultLifetimeDays: def,
		maxLifetimeDays: max,
		defaultAccess: 'full' as const,
	} );

	it( 'keeps the old expiry, or never, where the site still allows it', () => {
		expect( rolledExpiry( inDays( 30 ), site( 90, 365 ), now ) ).toEqual( {
			expires: inDays( 30 ),
			reason: 'same',
		} );
		expect( rolledExpiry( null, site( 90, null ), now ) ).toEqual( {
			expires: null,
			reason: 'same',
		} );
		expect( rolledExpiry( null, null, now ) ).toEqual( {
			expires: null,
			reason: 'same',
		} );
	} );

	it( 'gives the latest the site allows when the maximum shrank', () => {
		expect( rolledExpiry( inDays( 300 ), site( 7, 30 ), now ) ).toEqual( {
			expires: inDays( 30 ),
			reason: 'capped',
		} );
		expect( rolledExpiry( null, site( 7, 30 ), now ) ).toEqual( {
			expires: inDays( 30 ),
			reason: 'capped',
		} );
	} );

	it( 'gives an expired one the site default, within the maximum', () => {
		expect( rolledExpiry( inDays( -1 ), site( 7, 30 ), now ) ).toEqual( {
			expires: inDays( 7 ),
			reason: 'renewed',
		} );
		expect( rolledExpiry( inDays( 0 ), site( null, 30 ), now ) ).toEqual( {
			expires: inDays( 30 ),
			reason: 'renewed',
		} );
		expect( rolledExpiry( inDays( -1 ), site( null, null ), now ) ).toEqual(
			{
				expires: null,
				reason: 'renewed',
			}
		);
	} );
} );
