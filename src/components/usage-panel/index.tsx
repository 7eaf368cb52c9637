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
				<table className="mainwp-application-passwords__usage-table">
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Day', 'mainwp-application-passwords' ) }
							</th>
							<th scope="col">
								{ __(
									'Requests',
									'mainwp-application-passwords'
								) }
							</th>
							<th scope="col">
								{ __(
									'Writes',
									'mainwp-application-passwords'
								) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ days.map( ( day ) => (
							<tr key={ day.date }>
								<td>{ formatDay( day.date ) }</td>
								<td>{ day.requests }</td>
								<td>{ day.writes }</td>
							</tr>
						) ) }
					</tbody>
				</table>
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
				{ buckets.length ? (
					<table className="mainwp-application-passwords__usage-table">
						<thead>
							<tr>
								<th scope="col">
									{ __(
										'Namespace or ability',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'Requests',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'Writes',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'Last used',
										'mainwp-application-passwords'
									) }
								</th>
							</tr>
						</thead>
						<tbody>
							{ buckets.map( ( bucket ) => (
								<tr key={ bucket.bucket }>
									<td>
										<code>{ bucket.bucket }</code>
									</td>
									<td>{ bucket.requests }</td>
									<td>{ bucket.writes }</td>
									<td>
										<RelativeDate
											value={ bucket.lastSeen }
										/>
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				) : (
					<p>
						{ __(
							'No requests recorded.',
							'mainwp-application-passwords'
						) }
					</p>
				) }
			</section>
			<section>
				<h3>{ __( 'Addresses', 'mainwp-application-passwords' ) }</h3>
				{ addresses.length ? (
					<table className="mainwp-application-passwords__usage-table">
						<thead>
							<tr>
								<th scope="col">
									{ __(
										'Address',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'Requests',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'First seen',
										'mainwp-application-passwords'
									) }
								</th>
								<th scope="col">
									{ __(
										'Last seen',
										'mainwp-application-passwords'
									) }
								</th>
							</tr>
						</thead>
						<tbody>
							{ addresses.map( ( address ) => (
								<tr key={ address.ip }>
									<td>{ address.ip }</td>
									<td>{ address.requests }</td>
									<td>
										<RelativeDate
											value={ address.firstSeen }
										/>
									</td>
									<td>
										<RelativeDate
											value={ address.lastSeen }
										/>
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				) : (
					<p>
						{ __(
							'No addresses recorded.',
							'mainwp-application-passwords'
						) }
					</p>
				) }
			</section>
		</div>
	);
}
