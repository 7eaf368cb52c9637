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

/** Columns of the Activity view a user may show or hide. */
export const ACTIVITY_COLUMNS = [
	'time',
	'type',
	'credential',
	'owner',
	'actor',
	'ip',
	'route',
] as const;

/** Which table a remembered view belongs to: credentials (one owner's, or all) or activity. */
export type TableKind = 'credentials' | 'activity';

const COLUMNS_OF: Record< TableKind, readonly string[] > = {
	credentials: COLUMNS,
	activity: ACTIVITY_COLUMNS,
};
const SORTABLE_OF: Record< TableKind, readonly string[] > = {
	credentials: SORTABLE,
	activity: [ 'time' ],
};
const PAGE_SIZES = [ 10, 20, 50, 100 ];

export const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'created', direction: 'desc' },
	titleField: 'name',
	// Each credential's metadata (created, last used with the address under it) and the policy
	// columns that change what it can do now (expiry, access); Last IP, Allowed IPs and App ID
	// on request, so the row fits 1280 px inside MainWP's menus without scrolling sideways. The policy columns
	// show only where the server knows policies (DataViews skips columns without a field).
	fields: [ 'created', 'lastUsed', 'expires', 'access' ],
	filters: [],
	layout: {},
};

/** The all-users overview starts with the owner column; Created on request there. */
export const DEFAULT_ALL_VIEW: View = {
	...DEFAULT_VIEW,
	fields: [ 'owner', 'lastUsed', 'expires', 'access' ],
};

/** The Activity view: newest first, every column but the route. */
export const DEFAULT_ACTIVITY_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'time', direction: 'desc' },
	fields: [ 'time', 'type', 'credential', 'owner', 'actor', 'ip' ],
	filters: [],
	layout: {},
};

/** The part of a view remembered per user: columns, sort and page size, and its version. */
export interface StoredView {
	fields?: string[];
	sort?: { field: string; direction: 'asc' | 'desc' };
	perPage?: number;
	/** Which columns existed when it was saved (see VIEW_VERSION); none means version 1. */
	version?: number;
}

/**
 * Version of the remembered credentials view. Version 1 (stored without a version) is from
 * before the policy columns; version 2 knows them.
 */
export const VIEW_VERSION = 2;

/** Columns each version added: a view remembered before sees them once, then as chosen. */
const ADDED_IN_VERSION: Record< number, string[] > = {
	2: [ 'expires', 'access' ],
};

/**
 * Brings a remembered credentials view up to the current version: the columns added since it
 * was saved are shown; columns it hid, or shown since, stay as the user chose.
 *
 * @param stored A checked remembered view.
 */
export function migrateStoredView( stored: StoredView ): StoredView {
	const from = stored.version ?? 1;
	if ( ! stored.fields || from >= VIEW_VERSION ) {
		return stored;
	}
	const fields = [ ...stored.fields ];
	for ( let version = from + 1; version <= VIEW_VERSION; version++ ) {
		for ( const field of ADDED_IN_VERSION[ version ] ?? [] ) {
			if ( ! fields.includes( field ) ) {
				fields.push( field );
			}
		}
	}
	return { ...stored, fields, version: VIEW_VERSION };
}

/**
 * Checks what the preferences store returned; anything unknown is dropped, not trusted.
 *
 * @param value Stored preference.
 * @param table Which table it belongs to.
 */
export function parseStoredView(
	value: unknown,
	table: TableKind = 'credentials'
): StoredView {
	if ( ! isRecord( value ) ) {
		return {};
	}
	const stored: StoredView = {};
	if (
		Array.isArray( value.fields ) &&
		value.fields.every( ( field ) =>
			( COLUMNS_OF[ table ] as readonly unknown[] ).includes( field )
		)
	) {
		stored.fields = value.fields as string[];
	}
	if (
		isRecord( value.sort ) &&
		typeof value.sort.field === 'string' &&
		SORTABLE_OF[ table ].includes( value.sort.field ) &&
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
	if (
		table === 'credentials' &&
		typeof value.version === 'number' &&
		Number.isInteger( value.version ) &&
		value.version >= 1
	) {
		stored.version = value.version;
	}
	return table === 'credentials' ? migrateStoredView( stored ) : stored;
}

/**
 * Returns the part of a view worth remembering.
 *
 * @param view  Current view.
 * @param table Which table it belongs to.
 */
export function toStoredView(
	view: View,
	table: TableKind = 'credentials'
): StoredView {
	return parseStoredView(
		{
			fields: view.fields,
			sort: view.sort,
			perPage: view.perPage,
			...( table === 'credentials' ? { version: VIEW_VERSION } : {} ),
		},
		table
	);
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
