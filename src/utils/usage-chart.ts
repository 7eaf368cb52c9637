/**
 * The Usage panel's bar chart: requests per day scaled to the chart's height, and its summary.
 */

import type { UsageDay } from '../api/audit';

/** One bar, where the chart draws it. */
export interface ChartBar {
	date: string;
	requests: number;
	/** Left edge, in chart units. */
	x: number;
	/** Height, in chart units; at least 1 for a day with any request, so that it shows. */
	height: number;
}

/** The scaled chart: its bars and the value its top line stands for. */
export interface ChartScale {
	bars: ChartBar[];
	/** The round number the full height stands for (1, 2, 5, 10, 20, 50…). */
	top: number;
}

/**
 * Returns the smallest of 1, 2, 5, 10, 20, 50… that is at least the value.
 *
 * @param value The largest count shown.
 */
export function roundCeiling( value: number ): number {
	if ( value <= 1 ) {
		return 1;
	}
	const power = 10 ** Math.floor( Math.log10( value ) );
	const step = [ 1, 2, 5, 10 ].find( ( factor ) => factor * power >= value );
	return ( step ?? 10 ) * power;
}

/**
 * Scales days of requests to bars of a chart.
 *
 * @param days     Days, oldest first.
 * @param height   Chart height, in chart units.
 * @param barWidth Width of one bar plus the gap after it, in chart units.
 */
export function scaleBars(
	days: UsageDay[],
	height: number,
	barWidth: number
): ChartScale {
	const top = roundCeiling(
		Math.max( 0, ...days.map( ( day ) => day.requests ) )
	);
	return {
		top,
		bars: days.map( ( day, index ) => ( {
			date: day.date,
			requests: day.requests,
			x: index * barWidth,
			height:
				day.requests > 0
					? Math.max(
							1,
							Math.round( ( day.requests / top ) * height )
						)
					: 0,
		} ) ),
	};
}

/** What the chart says in words. */
export interface UsageSummary {
	total: number;
	writes: number;
	/** Days with at least one request. */
	activeDays: number;
	/** The day with the most requests (the latest of equals), or null without any. */
	busiest: UsageDay | null;
}

/**
 * Sums up days of requests, for the chart's text alternative.
 *
 * @param days Days, oldest first.
 */
export function summarizeUsage( days: UsageDay[] ): UsageSummary {
	let busiest: UsageDay | null = null;
	for ( const day of days ) {
		if ( day.requests > 0 && day.requests >= ( busiest?.requests ?? 0 ) ) {
			busiest = day;
		}
	}
	return {
		total: days.reduce( ( sum, day ) => sum + day.requests, 0 ),
		writes: days.reduce( ( sum, day ) => sum + day.writes, 0 ),
		activeDays: days.filter( ( day ) => day.requests > 0 ).length,
		busiest,
	};
}
