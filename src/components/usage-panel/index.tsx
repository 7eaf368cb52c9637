/**
 * How one credential was used over the last 30 days: a bar chart of requests per day, the
 * namespaces and abilities it called, and the addresses it came from.
 */

import { Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { dateI18n } from '@wordpress/date';
import { useInstanceId } from '@wordpress/compose';
import { useEffect } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { ReactNode } from 'react';

import type { UsageDay } from '../../api/audit';
import { useStoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';
import { scaleBars, summarizeUsage } from '../../utils/usage-chart';
import { LoadError } from '../load-error';
import { RelativeDate } from '../relative-date';

/** Chart units: the SVG scales to its box, these only fix proportions. */
const CHART_HEIGHT = 60;
const BAR_STEP = 10;
const BAR_WIDTH = 7;

interface UsagePanelProps {
	userId: number;
	uuid: string;
}

interface UsageTableProps {
	/** Column headings, in order. */
	columns: string[];
	/** One row per entry: its key and its cells, in the columns' order. */
	rows: Array< { key: string; cells: ReactNode[] } >;
	/** What shows instead of a table without rows; none means an empty table. */
	empty?: string;
}

/**
 * One of the panel's tables (per day, per namespace or ability, per address).
 *
 * @param props         Component props.
 * @param props.columns Column headings.
 * @param props.rows    Rows with their cells.
 * @param props.empty   What shows when there are no rows.
 */
function UsageTable( { columns, rows, empty }: UsageTableProps ) {
	if ( ! rows.length && empty !== undefined ) {
		return <p>{ empty }</p>;
	}
	return (
		<table className="mainwp-application-passwords__usage-table">
			<thead>
				<tr>
					{ columns.map( ( column ) => (
						<th key={ column } scope="col">
							{ column }
						</th>
					) ) }
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( row ) => (
					<tr key={ row.key }>
						{ row.cells.map( ( cell, index ) => (
							<td key={ index }>{ cell }</td>
						) ) }
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

/**
 * Formats a day (YYYY-MM-DD) as the site writes dates, without converting its timezone.
 *
 * @param date The day.
 */
const formatDay = ( date: string ) => dateI18n( 'M j', `${ date }T12:00:00` );

/**
 * Says in words what the chart shows.
 *
 * @param days Days, oldest first.
 */
function chartSummary( days: UsageDay[] ): string {
	const { total, writes, activeDays, busiest } = summarizeUsage( days );
	if ( total === 0 ) {
		return sprintf(
			/* translators: %d: Number of days. */
			__(
				'No requests in the last %d days.',
				'mainwp-application-passwords'
			),
			days.length
		);
	}
	return [
		sprintf(
			/* translators: 1: Number of requests, 2: number of writes, 3: days with requests, 4: number of days. */
			_n(
				'%1$d request (%2$d writes) on %3$d of the last %4$d days.',
				'%1$d requests (%2$d writes) on %3$d of the last %4$d days.',
				total,
				'mainwp-application-passwords'
			),
			total,
			writes,
			activeDays,
			days.length
		),
		busiest
			? sprintf(
					/* translators: 1: A day, 2: number of requests. */
					__(
						'Busiest day: %1$s, %2$d.',
						'mainwp-application-passwords'
					),
					formatDay( busiest.date ),
					busiest.requests
				)
			: '',
	].join( ' ' );
}

/**
 * Requests per day as a small inline SVG bar chart, with its text alternative and a table.
 *
 * @param props      Component props.
 * @param props.days Days, oldest first.
 */
function RequestsChart( { days }: { days: UsageDay[] } ) {
	const id = useInstanceId( RequestsChart, 'mainwp-ap-usage-chart' );
	const { bars, top } = scaleBars( days, CHART_HEIGHT, BAR_STEP );
	const width = Math.max( 1, days.length * BAR_STEP );
	return (
		<figure className="mainwp-application-passwords__usage-chart">
			<div className="mainwp-application-passwords__usage-chart-plot">
				<span
					className="mainwp-application-passwords__usage-chart-top"
					aria-hidden="true"
				>
					{ top }
				</span>
				<svg
					viewBox={ `0 0 ${ width } ${ CHART_HEIGHT }` }
					preserveAspectRatio="none"
					role="img"
					aria-labelledby={ `${ id }-caption` }
					focusable="false"
				>
					<line
						x1={ 0 }
						x2={ width }
						y1={ CHART_HEIGHT - 0.5 }
						y2={ CHART_HEIGHT - 0.5 }
						className="mainwp-application-passwords__usage-chart-axis"
					/>
					{ bars.map( ( bar ) => (
						<rect
							key={ bar.date }
							x={ bar.x + ( BAR_STEP - BAR_WIDTH ) / 2 }
							y={ CHART_HEIGHT - bar.height }
							width={ BAR_WIDTH }
							height={ bar.height }
						>
							<title>
								{ sprintf(
									/* translators: 1: A day, 2: number of requests. */
									__(
										'%1$s: %2$d requests',
										'mainwp-application-passwords'
									),
									formatDay( bar.date ),
									bar.requests
								) }
							</title>
						</rect>
					) ) }
				</svg>
			</div>
			<div
				className="mainwp-application-passwords__usage-chart-days"
				aria-hidden="true"
			>
				<span>{ days[ 0 ] ? formatDay( days[ 0 ].date ) : '' }</span>
				<span>
					{ days.length
						? formatDay( days[ days.length - 1 ]!.date )
						: '' }
				</span>
			</div>
			<figcaption id={ `${ id }-caption` }>
				{ chartSummary( days ) }
			</figcaption>
			<details>
				<summary>
					{ __(
						'Requests per day as a table',
						'mainwp-application-passwords'
					) }
				</summary>
				<UsageTable
					columns={ [
						__( 'Day', 'mainwp-application-passwords' ),
						__( 'Requests', 'mainwp-application-passwords' ),
						__( 'Writes', 'mainwp-application-passwords' ),
					] }
					rows={ days.map( ( day ) => ( {
						key: day.date,
						cells: [
							formatDay( day.date ),
							day.requests,
							day.writes,
						],
					} ) ) }
				/>
			</details>
		</figure>
	);
}

/**
 * Loads a credential's usage and shows it, or why it could not be loaded.
 *
 * @param props        Component props.
 * @param props.userId Its owner.
 * @param props.uuid   The credential.
 */
export function UsagePanel( { userId, uuid }: UsagePanelProps ) {
	const usage = useStoreQuery( 'getUsage', [ userId, uuid ] );
	const { invalidateResolution } = useDispatch( store );
	// Opened again later, the panel shows what it showed and fetches what is new meanwhile.
	useEffect(
		() => () => {
			invalidateResolution( 'getUsage', [ userId, uuid ] );
		},
		[ invalidateResolution, userId, uuid ]
	);
	if ( usage.error ) {
		return (
			<LoadError
				error={ usage.error }
				onRetry={ () =>
					invalidateResolution( 'getUsage', [ userId, uuid ] )
				}
			/>
		);
	}
	if ( ! usage.data ) {
		return <Spinner />;
	}
	const { days, buckets, addresses } = usage.data;
	return (
		<div className="mainwp-application-passwords__usage">
			<section>
				<h3>
					{ __(
						'Requests per day, last 30 days',
						'mainwp-application-passwords'
					) }
				</h3>
				<RequestsChart days={ days } />
			</section>
			<section>
				<h3>
					{ __(
						'Namespaces and abilities',
						'mainwp-application-passwords'
					) }
				</h3>
				<UsageTable
					columns={ [
						__(
							'Namespace or ability',
							'mainwp-application-passwords'
						),
						__( 'Requests', 'mainwp-application-passwords' ),
						__( 'Writes', 'mainwp-application-passwords' ),
						__( 'Last used', 'mainwp-application-passwords' ),
					] }
					rows={ buckets.map( ( bucket ) => ( {
						key: bucket.bucket,
						cells: [
							<code key="bucket">{ bucket.bucket }</code>,
							bucket.requests,
							bucket.writes,
							<RelativeDate
								key="last"
								value={ bucket.lastSeen }
							/>,
						],
					} ) ) }
					empty={ __(
						'No requests recorded.',
						'mainwp-application-passwords'
					) }
				/>
			</section>
			<section>
				<h3>{ __( 'Addresses', 'mainwp-application-passwords' ) }</h3>
				<UsageTable
					columns={ [
						__( 'Address', 'mainwp-application-passwords' ),
						__( 'Requests', 'mainwp-application-passwords' ),
						__( 'First seen', 'mainwp-application-passwords' ),
						__( 'Last seen', 'mainwp-application-passwords' ),
					] }
					rows={ addresses.map( ( address ) => ( {
						key: address.ip,
						cells: [
							address.ip,
							address.requests,
							<RelativeDate
								key="first"
								value={ address.firstSeen }
							/>,
							<RelativeDate
								key="last"
								value={ address.lastSeen }
							/>,
						],
					} ) ) }
					empty={ __(
						'No addresses recorded.',
						'mainwp-application-passwords'
					) }
				/>
			</section>
		</div>
	);
}
