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
	const usage = view.filters?.find( ( filter ) => filter.field === 'usage' );
	const values: unknown[] = Array.isArray( usage?.value ) ? usage.value : [];
	return {
		page: view.page ?? 1,
		perPage: view.perPage ?? 20,
		search: ( view.search ?? '' ).trim(),
		orderby: ORDERBY[ view.sort?.field ?? '' ] ?? 'created',
		order: view.sort?.direction === 'asc' ? 'asc' : 'desc',
		usage: values.filter(
			( value ): value is 'never' | 'idle90' =>
				value === 'never' || value === 'idle90'
		),
	};
}

/**
 * Returns the key under which the store keeps an overview page: its query, in a fixed order.
 *
 * @param query Page, search, sort and usage filter.
 */
export function overviewKey( query: OverviewQuery ): string {
	return JSON.stringify( [
		query.page,
		query.perPage,
		query.search,
		query.orderby,
		query.order,
		query.usage,
	] );
}
