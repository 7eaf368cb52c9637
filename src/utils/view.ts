/**
 * The DataViews view of the table: its defaults and the part of it remembered per user.
 */

import type { View } from '@wordpress/dataviews/wp';

import type { UsageFilter } from './usage';
import { isRecord } from './is-record';

/** Columns a user may show; `name` is the title column and always shown. */
export const COLUMNS = [
	'owner',
	'created',
	'lastUsed',
	'lastIp',
	'appId',
	'expires',
	'access',
	'allowedIps',
] as const;
const SORTABLE = [ 'name', 'created', 'lastUsed', 'expires' ];
const PAGE_SIZES = [ 10, 20, 50, 100 ];

export const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'created', direction: 'desc' },
	titleField: 'name',
	// Created, Last IP and App ID can be switched on; they are hidden by default so that the
	// policy columns fit a laptop screen. Those show only where the server knows policies
	// (DataViews skips columns without a field); the Edit dialog offers the last IP.
	fields: [ 'lastUsed', 'expires', 'access', 'allowedIps' ],
	filters: [],
	layout: {},
};

/** The all-users overview starts with the owner column. */
export const DEFAULT_ALL_VIEW: View = {
	...DEFAULT_VIEW,
	fields: [ 'owner', 'lastUsed', 'expires', 'access', 'allowedIps' ],
};

/** The part of a view remembered per user: columns, sort and page size. */
export interface StoredView {
	fields?: string[];
	sort?: { field: string; direction: 'asc' | 'desc' };
	perPage?: number;
}

/**
 * Checks what the preferences store returned; anything unknown is dropped, not trusted.
 *
 * @param value Stored preference.
 */
export function parseStoredView( value: unknown ): StoredView {
	if ( ! isRecord( value ) ) {
		return {};
	}
	const stored: StoredView = {};
	if (
		Array.isArray( value.fields ) &&
		value.fields.every( ( field ) =>
			( COLUMNS as readonly unknown[] ).includes( field )
		)
	) {
		stored.fields = value.fields as string[];
	}
	if (
		isRecord( value.sort ) &&
		typeof value.sort.field === 'string' &&
		SORTABLE.includes( value.sort.field ) &&
		( value.sort.direction === 'asc' || value.sort.direction === 'desc' )
	) {
		stored.sort = {
			field: value.sort.field,
			direction: value.sort.direction,
		};
	}
	if (
		typeof value.perPage === 'number' &&
		PAGE_SIZES.includes( value.perPage )
	) {
		stored.perPage = value.perPage;
	}
	return stored;
}

/**
 * Returns the part of a view worth remembering.
 *
 * @param view Current view.
 */
export function toStoredView( view: View ): StoredView {
	return parseStoredView( {
		fields: view.fields,
		sort: view.sort,
		perPage: view.perPage,
	} );
}

/**
 * Returns the view showing only credentials that match a usage filter, from its first page.
 *
 * @param view   Current view.
 * @param filter Usage filter, e.g. 'idle90'.
 */
export function withUsageFilter( view: View, filter: UsageFilter ): View {
	return {
		...view,
		page: 1,
		filters: [
			...( view.filters ?? [] ).filter(
				( existing ) => existing.field !== 'usage'
			),
			{ field: 'usage', operator: 'isAny', value: [ filter ] },
		],
	};
}
