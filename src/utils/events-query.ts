/**
 * Turns the Activity view into the server query that fetches its page, and back.
 */

import type { Filter, View } from '@wordpress/dataviews/wp';

import type { EventsQuery } from '../api/audit';

/** Field ids of the Activity view's filters. */
export const ACTIVITY_FILTERS = {
	credential: 'credential',
	owner: 'owner',
	type: 'type',
	time: 'time',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Writes a UTC offset in hours (e.g. 5.5) as ISO 8601 writes it ("+05:30").
 *
 * @param hours Offset from UTC, in hours.
 */
export function isoOffset( hours: number ): string {
	const minutes = Math.round( Math.abs( hours ) * 60 );
	const hh = String( Math.floor( minutes / 60 ) ).padStart( 2, '0' );
	const mm = String( minutes % 60 ).padStart( 2, '0' );
	return `${ hours < 0 ? '-' : '+' }${ hh }:${ mm }`;
}

/**
 * Returns the first and last moment of a date range picked in the view, in the site's timezone.
 *
 * @param filter The time filter, if any.
 * @param offset The site's UTC offset in hours.
 */
function dateBounds(
	filter: Filter | undefined,
	offset: number
): Pick< EventsQuery, 'after' | 'before' > {
	const zone = isoOffset( offset );
	const start = ( day: unknown ) =>
		typeof day === 'string' && DATE.test( day )
			? `${ day }T00:00:00${ zone }`
			: null;
	const end = ( day: unknown ) =>
		typeof day === 'string' && DATE.test( day )
			? `${ day }T23:59:59${ zone }`
			: null;
	if ( filter?.operator === 'between' && Array.isArray( filter.value ) ) {
		return {
			after: start( filter.value[ 0 ] ),
			before: end( filter.value[ 1 ] ),
		};
	}
	if ( filter?.operator === 'on' ) {
		return { after: start( filter.value ), before: end( filter.value ) };
	}
	return { after: null, before: null };
}

/**
 * Maps the Activity view to the events route's query arguments.
 *
 * @param view   Current view.
 * @param offset The site's UTC offset in hours (date filters are days of the site).
 */
export function toEventsQuery( view: View, offset: number ): EventsQuery {
	const find = ( field: string ) =>
		view.filters?.find( ( filter ) => filter.field === field );
	const credential = find( ACTIVITY_FILTERS.credential )?.value;
	const owner = Number( find( ACTIVITY_FILTERS.owner )?.value );
	const types = find( ACTIVITY_FILTERS.type )?.value;
	return {
		page: view.page ?? 1,
		perPage: view.perPage ?? 20,
		search: ( view.search ?? '' ).trim(),
		userId: Number.isInteger( owner ) && owner > 0 ? owner : null,
		uuid:
			typeof credential === 'string' && credential !== ''
				? credential
				: null,
		types: Array.isArray( types )
			? types.filter(
					( type ): type is string => typeof type === 'string'
				)
			: [],
		...dateBounds( find( ACTIVITY_FILTERS.time ), offset ),
		order: view.sort?.direction === 'asc' ? 'asc' : 'desc',
	};
}

/**
 * Returns the view filtered to one credential (and its owner), from its first page.
 *
 * @param view   Current view.
 * @param uuid   The credential.
 * @param userId Its owner.
 */
export function withCredentialFilter(
	view: View,
	uuid: string,
	userId: number
): View {
	return {
		...view,
		page: 1,
		search: '',
		filters: [
			...( view.filters ?? [] ).filter(
				( filter ) =>
					filter.field !== ACTIVITY_FILTERS.credential &&
					filter.field !== ACTIVITY_FILTERS.owner
			),
			{ field: ACTIVITY_FILTERS.owner, operator: 'is', value: userId },
			{ field: ACTIVITY_FILTERS.credential, operator: 'is', value: uuid },
		],
	};
}

/**
 * Returns the key under which the store keeps an events page: its query, in a fixed order.
 *
 * @param query Page, search and filters.
 */
export function eventsKey( query: EventsQuery ): string {
	return JSON.stringify( [
		query.page,
		query.perPage,
		query.search,
		query.userId,
		query.uuid,
		query.types,
		query.after,
		query.before,
		query.order,
	] );
}

/**
 * Returns the key under which the store keeps a credential's usage.
 *
 * @param userId Its owner.
 * @param uuid   The credential.
 */
export function usageKey( userId: number, uuid: string ): string {
	return `${ userId }/${ uuid }`;
}
