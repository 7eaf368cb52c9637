/**
 * Turns the all-users table's view into the server query that fetches its page.
 */

import type { View } from '@wordpress/dataviews/wp';

import type { OverviewQuery } from '../api/application-passwords';

const ORDERBY: Record< string, OverviewQuery[ 'orderby' ] > = {
	name: 'name',
	created: 'created',
	lastUsed: 'last_used',
};

/**
 * Maps a DataViews view to the overview route's query arguments.
 *
 * @param view Current view.
 */
export function toOverviewQuery( view: View ): OverviewQuery {
	const values = ( field: string ): unknown[] => {
		const filter = view.filters?.find(
			( candidate ) => candidate.field === field
		);
		return Array.isArray( filter?.value ) ? filter.value : [];
	};
	return {
		page: view.page ?? 1,
		perPage: view.perPage ?? 20,
		search: ( view.search ?? '' ).trim(),
		orderby: ORDERBY[ view.sort?.field ?? '' ] ?? 'created',
		order: view.sort?.direction === 'asc' ? 'asc' : 'desc',
		usage: values( 'usage' ).filter(
			( value ): value is OverviewQuery[ 'usage' ][ number ] =>
				value === 'never' || value === 'idle90'
		),
		policy: values( 'policy' ).filter(
			( value ): value is OverviewQuery[ 'policy' ][ number ] =>
				value === 'expired' || value === 'expiring' || value === 'read'
		),
	};
}

/**
 * Returns the key under which the store keeps an overview page: its query, in a fixed order.
 *
 * @param query Page, search, sort, usage and policy filters.
 */
export function overviewKey( query: OverviewQuery ): string {
	return JSON.stringify( [
		query.page,
		query.perPage,
		query.search,
		query.orderby,
		query.order,
		query.usage,
		query.policy,
	] );
}
