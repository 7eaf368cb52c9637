/**
 * The Usage panel's chart: bars scaled to a round top, and the words that stand for it.
 */

import type { UsageDay } from '../../../src/api/audit';
import {
	roundCeiling,
	scaleBars,
	summarizeUsage,
} from '../../../src/utils/usage-chart';

const day = ( date: string, requests: number, writes = 0 ): UsageDay => ( {
	date,
	requests,
	writes,
} );

describe( 'roundCeiling', () => {
	it.each( [
		[ 0, 1 ],
		[ 1, 1 ],
		[ 2, 2 ],
		[ 3, 5 ],
		[ 7, 10 ],
		[ 10, 10 ],
		[ 11, 20 ],
		[ 230, 500 ],
		[ 1000, 1000 ],
		[ 1001, 2000 ],
	] )( 'rounds %d up to %d', ( value, top ) => {
		expect( roundCeiling( value ) ).toBe( top );
	} );
} );

describe( 'scaleBars', () => {
	it( 'scales the busiest day against the round top and places bars side by side', () => {
		const { top, bars } = scaleBars(
			[
				day( '2026-11-28', 0 ),
				day( '2026-11-29', 4 ),
				day( '2026-11-30', 10 ),
			],
			50,
			6
		);
		expect( top ).toBe( 10 );
		expect( bars ).toEqual( [
			{ date: '2026-11-28', requests: 0, x: 0, height: 0 },
			{ date: '2026-11-29', requests: 4, x: 6, height: 20 },
			{ date: '2026-11-30', requests: 10, x: 12, height: 50 },
		] );
	} );

	it( 'keeps a day with one request among thousands visible', () => {
		const { bars } = scaleBars(
			[ day( '2026-11-29', 1 ), day( '2026-11-30', 5000 ) ],
			40,
			4
		);
		expect( bars[ 0 ]!.height ).toBe( 1 );
		expect( bars[ 1 ]!.height ).toBe( 40 );
	} );

	it( 'draws nothing for thirty quiet days', () => {
		const days = Array.from( { length: 30 }, ( _, i ) =>
			day( `2026-11-${ String( i + 1 ).padStart( 2, '0' ) }`, 0 )
		);
		const { top, bars } = scaleBars( days, 40, 4 );
		expect( top ).toBe( 1 );
		expect( bars.every( ( bar ) => bar.height === 0 ) ).toBe( true );
	} );
} );

describe( 'summarizeUsage', () => {
	it( 'counts requests, writes and active days, and names the busiest (latest of equals)', () => {
		expect(
			summarizeUsage( [
				day( '2026-11-28', 3, 1 ),
				day( '2026-11-29', 0 ),
				day( '2026-11-30', 3, 2 ),
			] )
		).toEqual( {
			total: 6,
			writes: 3,
			activeDays: 2,
			busiest: day( '2026-11-30', 3, 2 ),
		} );
		expect( summarizeUsage( [ day( '2026-11-30', 0 ) ] ).busiest ).toBe(
			null
		);
	} );
} );
