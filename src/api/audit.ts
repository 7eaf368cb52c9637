/**
 * The audit trail's REST routes: events, one credential's usage, and the audit settings.
 */

import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

import { readErrorResponse } from './errors';
import { OVERVIEW_NAMESPACE } from './owners';
import { isRecord } from '../utils/is-record';

/** Every kind of event the server records. */
export const EVENT_TYPES = [
	'created',
	'renamed',
	'policy_changed',
	'revoked',
	'revoked_all',
	'rotated',
	'first_use',
	'new_address',
	'refused_expired',
	'refused_ip',
	'refused_read_only',
	'refused_cannot_mint',
	'refused_rotated_out',
	'failed_sign_in',
] as const;

/** One kind of event. */
export type EventType = ( typeof EVENT_TYPES )[ number ];

/** The paths an action can take: this screen, core's profile, MainWP's page, a client… */
export const EVENT_PATHS = [
	'screen',
	'profile',
	'mainwp',
	'rest',
	'application-password',
	'cli',
	'other',
] as const;

/** Which path an action took. */
export type EventPath = ( typeof EVENT_PATHS )[ number ];

/** One event of the audit trail. */
export interface AuditEvent {
	id: number;
	/** ISO 8601 UTC. */
	time: string;
	/** A type this screen knows, or another the server added since (shown as it is). */
	type: string;
	userId: number;
	userLogin: string;
	uuid: string | null;
	/** The credential's name when the event happened. */
	name: string | null;
	/** Who acted: 0 when nobody was logged in (a failed sign-in, a refused client). */
	actorId: number;
	actorLogin: string | null;
	via: EventPath;
	/** The credential a REST client signed in with, when it acted through one. */
	viaUuid: string | null;
	ip: string | null;
	method: string | null;
	route: string | null;
	context: Record< string, unknown >;
}

/** What the Activity view asks the server for: one page, searched and filtered. */
export interface EventsQuery {
	page: number;
	perPage: number;
	search: string;
	userId: number | null;
	uuid: string | null;
	types: string[];
	/** ISO dates (inclusive bounds), or null. */
	after: string | null;
	before: string | null;
	order: 'asc' | 'desc';
}

/** One page of events, with the totals the server counted. */
export interface EventsPage {
	items: AuditEvent[];
	total: number;
	totalPages: number;
}

/** Requests on one day. */
export interface UsageDay {
	/** YYYY-MM-DD. */
	date: string;
	requests: number;
	writes: number;
}

/** Requests to one REST namespace (`wp/v2`) or ability (`ability:core/get-site-info`). */
export interface UsageBucket {
	bucket: string;
	requests: number;
	writes: number;
	lastSeen: string;
}

/** Requests from one address. */
export interface UsageAddress {
	ip: string;
	requests: number;
	firstSeen: string;
	lastSeen: string;
}

/** How one credential was used over the last 30 days. */
export interface CredentialUsage {
	days: UsageDay[];
	buckets: UsageBucket[];
	addresses: UsageAddress[];
}

/** The e-mail alerts the site sends. */
export interface AuditAlerts {
	newCredential: boolean;
	newAddress: boolean;
	failedSignIns: boolean;
}

/** How long the trail keeps its rows, and which alerts go out. */
export interface AuditSettings {
	eventsDays: number;
	usageDays: number;
	alerts: AuditAlerts;
}

const AUDIT_PATH = OVERVIEW_NAMESPACE;

function fail( what: string ): never {
	throw new TypeError( `The audit response is invalid: ${ what }.` );
}

function str( value: unknown, field: string ): string {
	return typeof value === 'string' ? value : fail( `"${ field }"` );
}

function nullableStr( value: unknown, field: string ): string | null {
	return value === null || value === undefined || value === ''
		? null
		: str( value, field );
}

function int( value: unknown, field: string ): number {
	return typeof value === 'number' && Number.isInteger( value ) && value >= 0
		? value
		: fail( `"${ field }"` );
}

/**
 * Checks one event as the server sends it and maps it to the app's shape.
 *
 * @param value One item of `GET /events`.
 */
export function parseEvent( value: unknown ): AuditEvent {
	if ( ! isRecord( value ) ) {
		return fail( 'an event is not an object' );
	}
	const via = ( EVENT_PATHS as readonly unknown[] ).includes( value.via )
		? ( value.via as EventPath )
		: 'other';
	return {
		id: int( value.id, 'id' ),
		time: str( value.time, 'time' ),
		type: str( value.type, 'type' ),
		userId: int( value.user_id, 'user_id' ),
		userLogin: typeof value.user_login === 'string' ? value.user_login : '',
		uuid: nullableStr( value.uuid, 'uuid' ),
		name: nullableStr( value.name, 'name' ),
		actorId: int( value.actor_id ?? 0, 'actor_id' ),
		actorLogin: nullableStr( value.actor_login, 'actor_login' ),
		via,
		viaUuid: nullableStr( value.via_uuid, 'via_uuid' ),
		ip: nullableStr( value.ip, 'ip' ),
		method: nullableStr( value.method, 'method' ),
		route: nullableStr( value.route, 'route' ),
		context: isRecord( value.context ) ? value.context : {},
	};
}

/**
 * Returns the query arguments of the events routes (list and export) for a query.
 *
 * @param query Page, search and filters.
 */
export function eventsQueryArgs(
	query: EventsQuery
): Record< string, string | string[] > {
	const args: Record< string, string | string[] > = {
		page: String( query.page ),
		per_page: String( query.perPage ),
		order: query.order,
	};
	if ( query.search ) {
		args.search = query.search;
	}
	if ( query.userId ) {
		args.user_id = String( query.userId );
	}
	if ( query.uuid ) {
		args.uuid = query.uuid;
	}
	if ( query.types.length ) {
		args.type = query.types;
	}
	if ( query.after ) {
		args.after = query.after;
	}
	if ( query.before ) {
		args.before = query.before;
	}
	return args;
}

/**
 * Lists one page of the events the current user may see.
 *
 * @param query Page, search and filters.
 */
export async function listEvents( query: EventsQuery ): Promise< EventsPage > {
	let response: Response;
	try {
		response = ( await apiFetch( {
			path: addQueryArgs(
				`${ AUDIT_PATH }/events`,
				eventsQueryArgs( query )
			),
			parse: false,
		} ) ) as Response;
	} catch ( error ) {
		// Unparsed, a failure arrives as the raw response: throw its WP_Error body instead.
		throw await readErrorResponse( error );
	}
	const body: unknown = await response.json();
	if ( ! Array.isArray( body ) ) {
		return fail( 'the events are not a list' );
	}
	return {
		items: body.map( parseEvent ),
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}

/**
 * Returns the address of the CSV export of the events a query finds (every page of them).
 * The REST nonce signs the cookie request; no password is ever part of it.
 *
 * @param restUrl REST API root, e.g. https://example.com/wp-json/ (or `?rest_route=/`).
 * @param query   Search and filters; its page is ignored.
 * @param nonce   The REST nonce (`wp_rest`).
 */
export function eventsExportUrl(
	restUrl: string,
	query: EventsQuery,
	nonce: string
): string {
	const { page, per_page: perPage, ...args } = eventsQueryArgs( query );
	return addQueryArgs(
		`${ restUrl }${ AUDIT_PATH.replace( /^\//, '' ) }/events/export`,
		{ ...args, _wpnonce: nonce }
	);
}

/** A credential the trail has events of, as its latest event names it. */
export interface FacetCredential {
	uuid: string;
	name: string;
	userId: number;
	userLogin: string;
}

/** What the Activity view's credential and owner filters can offer. */
export interface EventFacets {
	credentials: FacetCredential[];
	owners: Array< { id: number; login: string } >;
}

/**
 * Checks the facets as the server sends them.
 *
 * @param value Body of `GET /events/facets`.
 */
export function parseFacets( value: unknown ): EventFacets {
	if (
		! isRecord( value ) ||
		! Array.isArray( value.credentials ) ||
		! Array.isArray( value.owners )
	) {
		return fail( 'facets need credentials and owners' );
	}
	return {
		credentials: value.credentials.map( ( item: unknown ) =>
			isRecord( item )
				? {
						uuid: str( item.uuid, 'uuid' ),
						name: str( item.name, 'name' ),
						userId: int( item.user_id, 'user_id' ),
						userLogin: str( item.user_login, 'user_login' ),
					}
				: fail( 'a credential is not an object' )
		),
		owners: value.owners.map( ( item: unknown ) =>
			isRecord( item )
				? {
						id: int( item.id, 'id' ),
						login: str( item.login, 'login' ),
					}
				: fail( 'an owner is not an object' )
		),
	};
}

/**
 * Fetches every credential and owner the trail has events of that the current user may see.
 */
export async function fetchEventFacets(): Promise< EventFacets > {
	return parseFacets(
		await apiFetch( { path: `${ AUDIT_PATH }/events/facets` } )
	);
}

/**
 * Checks a credential's usage as the server sends it.
 *
 * @param value Body of `GET /usage/{user}/{uuid}`.
 */
export function parseUsage( value: unknown ): CredentialUsage {
	if (
		! isRecord( value ) ||
		! Array.isArray( value.days ) ||
		! Array.isArray( value.buckets ) ||
		! Array.isArray( value.addresses )
	) {
		return fail( 'usage needs days, buckets and addresses' );
	}
	return {
		days: value.days.map( ( day: unknown ) =>
			isRecord( day )
				? {
						date: str( day.date, 'date' ),
						requests: int( day.requests, 'requests' ),
						writes: int( day.writes ?? 0, 'writes' ),
					}
				: fail( 'a day is not an object' )
		),
		buckets: value.buckets.map( ( bucket: unknown ) =>
			isRecord( bucket )
				? {
						bucket: str( bucket.bucket, 'bucket' ),
						requests: int( bucket.requests, 'requests' ),
						writes: int( bucket.writes ?? 0, 'writes' ),
						lastSeen: str( bucket.last_seen, 'last_seen' ),
					}
				: fail( 'a bucket is not an object' )
		),
		addresses: value.addresses.map( ( address: unknown ) =>
			isRecord( address )
				? {
						ip: str( address.ip, 'ip' ),
						requests: int( address.requests, 'requests' ),
						firstSeen: str( address.first_seen, 'first_seen' ),
						lastSeen: str( address.last_seen, 'last_seen' ),
					}
				: fail( 'an address is not an object' )
		),
	};
}

/**
 * Fetches how one credential was used over the last 30 days.
 *
 * @param userId Its owner.
 * @param uuid   The credential.
 */
export async function fetchUsage(
	userId: number,
	uuid: string
): Promise< CredentialUsage > {
	return parseUsage(
		await apiFetch( {
			path: `${ AUDIT_PATH }/usage/${ userId }/${ uuid }`,
		} )
	);
}

/**
 * Checks the audit settings as the server sends them (REST or boot data).
 *
 * @param value Raw settings.
 */
export function parseAuditSettings( value: unknown ): AuditSettings {
	if ( ! isRecord( value ) || ! isRecord( value.alerts ) ) {
		return fail( 'settings need retention days and alerts' );
	}
	const { alerts } = value;
	const flag = ( key: string ) =>
		typeof alerts[ key ] === 'boolean'
			? ( alerts[ key ] as boolean )
			: fail( `alert "${ key }"` );
	return {
		eventsDays: int( value.events_days, 'events_days' ),
		usageDays: int( value.usage_days, 'usage_days' ),
		alerts: {
			newCredential: flag( 'new_credential' ),
			newAddress: flag( 'new_address' ),
			failedSignIns: flag( 'failed_sign_ins' ),
		},
	};
}

/**
 * Saves the audit settings; throws the server's error (e.g. a retention out of range).
 *
 * @param settings Retention days and alert switches.
 */
export async function saveAuditSettings(
	settings: AuditSettings
): Promise< AuditSettings > {
	return parseAuditSettings(
		await apiFetch( {
			path: `${ AUDIT_PATH }/audit-settings`,
			method: 'POST',
			data: {
				events_days: settings.eventsDays,
				usage_days: settings.usageDays,
				alerts: {
					new_credential: settings.alerts.newCredential,
					new_address: settings.alerts.newAddress,
					failed_sign_ins: settings.alerts.failedSignIns,
				},
			},
		} )
	);
}

/** The alerts a user can turn off for themselves, as the server names them. */
export const ALERT_NAMES = {
	newCredential: 'new_credential',
	newAddress: 'new_address',
	failedSignIns: 'failed_sign_ins',
} as const satisfies Record< keyof AuditAlerts, string >;

/** User meta holding the alerts a user does not want (core's users route shows it). */
const OPT_OUT_META = 'mainwp_app_passwords_alerts_off';

/**
 * Checks the opt-out list out of a user as core's users route shows it.
 *
 * @param value Body of `GET /wp/v2/users/me` (`context=edit`).
 */
function parseOptOuts( value: unknown ): Array< keyof AuditAlerts > {
	const meta =
		isRecord( value ) && isRecord( value.meta ) ? value.meta : null;
	const off = meta ? meta[ OPT_OUT_META ] : null;
	if ( ! Array.isArray( off ) ) {
		return fail( 'the user has no alert choices' );
	}
	return (
		Object.entries( ALERT_NAMES ) as Array< [ keyof AuditAlerts, string ] >
	 )
		.filter( ( [ , name ] ) => off.includes( name ) )
		.map( ( [ key ] ) => key );
}

/** Fetches which alerts the current user turned off for themselves. */
export async function fetchAlertOptOuts(): Promise<
	Array< keyof AuditAlerts >
> {
	return parseOptOuts(
		await apiFetch( {
			path: `/wp/v2/users/me?context=edit&_fields=meta`,
		} )
	);
}

/**
 * Saves which alerts the current user does not want; returns what the server stored.
 *
 * @param off The alerts turned off.
 */
export async function saveAlertOptOuts(
	off: Array< keyof AuditAlerts >
): Promise< Array< keyof AuditAlerts > > {
	return parseOptOuts(
		await apiFetch( {
			path: `/wp/v2/users/me?context=edit&_fields=meta`,
			method: 'POST',
			data: {
				meta: {
					[ OPT_OUT_META ]: off.map( ( key ) => ALERT_NAMES[ key ] ),
				},
			},
		} )
	);
}
