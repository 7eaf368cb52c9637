import { DEFAULT_ROLL, MAX_GRACE, rollSchedule } from '../../../src/utils/roll';

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
