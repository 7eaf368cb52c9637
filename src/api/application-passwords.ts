/**
 * WordPress core's application-password REST endpoints, typed and checked at the edge.
 */

import apiFetch from '@wordpress/api-fetch';

import { readErrorResponse } from './errors';
import { OVERVIEW_NAMESPACE, parseOwner, type OwnerSummary } from './owners';
import {
	parseCredentialPolicy,
	policyRequestFields,
	type CredentialPolicy,
	type CredentialPolicyFields,
	type RollSchedule,
} from './policy';
import { isRecord } from '../utils/is-record';

/** The user whose credentials a request is about: `me` (the current user) or a user id. */
export type OwnerId = 'me' | number;

/**
 * One application password as core's REST API shows it (never the password or its hash), with
 * its policy (none when the server does not know policies).
 */
export interface ApplicationPassword extends CredentialPolicyFields {
	uuid: string;
	appId: string;
	name: string;
	/** UTC, as core sends it: "2026-11-29T10:00:00", without a zone marker. */
	created: string;
	/** UTC without a zone marker, or null when never used. */
	lastUsed: string | null;
	lastIp: string | null;
}

/** A credential together with its owner, as both tables show it. */
export interface Credential extends ApplicationPassword {
	owner: OwnerSummary;
}

/**
 * Returns the collection path for an owner's application passwords.
 *
 * @param owner Whose credentials.
 */
export function collectionPath( owner: OwnerId ): string {
	return `/wp/v2/users/${ owner }/application-passwords`;
}

function nullableString( value: unknown, field: string ): string | null {
	if ( value === null || value === undefined || value === '' ) {
		return null;
	}
	if ( typeof value !== 'string' ) {
		throw new TypeError(
			`Application password field "${ field }" is not a string.`
		);
	}
	return value;
}

function requiredString( value: unknown, field: string ): string {
	if ( typeof value !== 'string' ) {
		throw new TypeError(
			`Application password field "${ field }" is not a string.`
		);
	}
	return value;
}

/**
 * Checks one item of core's response and maps it to the app's shape.
 *
 * @param value One item from core's response.
 */
export function parseApplicationPassword(
	value: unknown
): ApplicationPassword {
	if ( ! isRecord( value ) ) {
		throw new TypeError( 'Application password is not an object.' );
	}
	return {
		uuid: requiredString( value.uuid, 'uuid' ),
		appId: nullableString( value.app_id, 'app_id' ) ?? '',
		name: requiredString( value.name, 'name' ),
		created: requiredString( value.created, 'created' ),
		lastUsed: nullableString( value.last_used, 'last_used' ),
		lastIp: nullableString( value.last_ip, 'last_ip' ),
		...parseCredentialPolicy( value ),
	};
}

/**
 * Lists an owner's application passwords.
 *
 * @param owner Whose credentials; the current user by default.
 */
export async function listApplicationPasswords(
	owner: OwnerId = 'me'
): Promise< ApplicationPassword[] > {
	const response: unknown = await apiFetch( {
		path: collectionPath( owner ),
	} );
	if ( ! Array.isArray( response ) ) {
		throw new TypeError(
			'The application passwords response is not a list.'
		);
	}
	return response.map( parseApplicationPassword );
}

/**
 * What the create form sends; `appId` is optional and must be a UUID when given; `policy` only
 * where the server knows policies.
 */
export interface NewApplicationPassword {
	name: string;
	appId?: string;
	policy?: CredentialPolicy;
}

/** The one response that holds the password: keep it in the one-time view only. */
export interface CreatedApplicationPassword {
	item: ApplicationPassword;
	password: string;
}

/**
 * Creates an application password for an owner.
 *
 * @param owner  Whose credential.
 * @param values Name and optional App ID.
 */
export async function createApplicationPassword(
	owner: OwnerId,
	values: NewApplicationPassword
): Promise< CreatedApplicationPassword > {
	const response: unknown = await apiFetch( {
		path: collectionPath( owner ),
		method: 'POST',
		data: {
			name: values.name,
			...( values.appId ? { app_id: values.appId } : {} ),
			...( values.policy ? policyRequestFields( values.policy ) : {} ),
		},
	} );
	return parseCreated( response, 'create' );
}

function parseCreated(
	response: unknown,
	what: string
): CreatedApplicationPassword {
	if ( ! isRecord( response ) ) {
		throw new TypeError( `The ${ what } response is not an object.` );
	}
	return {
		item: parseApplicationPassword( response ),
		password: requiredString( response.password, 'password' ),
	};
}

/** What the edit form sends: the name, and the policy where the server knows policies. */
export interface ApplicationPasswordChanges {
	name: string;
	policy?: CredentialPolicy;
}

/**
 * Renames an application password and changes its policy.
 *
 * @param owner   Whose credential.
 * @param uuid    Which credential.
 * @param changes New name, and policy if any.
 */
export async function updateApplicationPassword(
	owner: OwnerId,
	uuid: string,
	changes: ApplicationPasswordChanges
): Promise< ApplicationPassword > {
	const response: unknown = await apiFetch( {
		path: `${ collectionPath( owner ) }/${ uuid }`,
		method: 'POST',
		data: {
			name: changes.name,
			...( changes.policy ? policyRequestFields( changes.policy ) : {} ),
		},
	} );
	return parseApplicationPassword( response );
}

/**
 * Rolls a credential: the server creates its successor (same App ID and policy) and schedules
 * the old one's end; the password comes back once, as on create.
 *
 * @param owner    Whose credential.
 * @param uuid     Which credential.
 * @param schedule When the old one stops working.
 */
export async function rollApplicationPassword(
	owner: number,
	uuid: string,
	schedule: RollSchedule
): Promise< CreatedApplicationPassword > {
	const response: unknown = await apiFetch( {
		path: `${ OVERVIEW_NAMESPACE }/users/${ owner }/application-passwords/${ uuid }/roll`,
		method: 'POST',
		data: { deadline: schedule.deadline, grace: schedule.grace },
	} );
	return parseCreated( response, 'roll' );
}

/**
 * Revokes one application password.
 *
 * @param owner Whose credential.
 * @param uuid  Which credential.
 */
export async function revokeApplicationPassword(
	owner: OwnerId,
	uuid: string
): Promise< void > {
	await apiFetch( {
		path: `${ collectionPath( owner ) }/${ uuid }`,
		method: 'DELETE',
	} );
}

/**
 * Revokes every application password of an owner.
 *
 * @param owner Whose credentials.
 */
export async function revokeAllApplicationPasswords(
	owner: OwnerId
): Promise< void > {
	await apiFetch( { path: collectionPath( owner ), method: 'DELETE' } );
}

/**
 * Asks core's batch route how many requests it accepts at once (`rest_get_max_batch_size`),
 * from its OPTIONS description, as Gutenberg's batch processor does.
 */
export async function fetchBatchMaxItems(): Promise< number > {
	const response: unknown = await apiFetch( {
		path: '/batch/v1',
		method: 'OPTIONS',
	} );
	const endpoint =
		isRecord( response ) && Array.isArray( response.endpoints )
			? response.endpoints[ 0 ]
			: null;
	const requests =
		isRecord( endpoint ) && isRecord( endpoint.args )
			? endpoint.args.requests
			: null;
	const maxItems = isRecord( requests ) ? requests.maxItems : null;
	if (
		typeof maxItems !== 'number' ||
		! Number.isInteger( maxItems ) ||
		maxItems < 1
	) {
		throw new TypeError(
			'The batch route does not say how many requests it accepts.'
		);
	}
	return maxItems;
}

/** One credential to revoke: whose, and which. */
export interface RevokeTarget {
	owner: OwnerId;
	uuid: string;
}

/** The outcome of revoking one credential inside a batch. */
export interface BatchRevokeResult {
	uuid: string;
	/** HTTP status of that one DELETE. */
	status: number;
	/** The server's error code and message when it failed. */
	code: string;
	message: string;
}

/**
 * Revokes several credentials in one request through core's batch API.
 *
 * Rejects as a whole when the batch route itself refuses (e.g. the routes are not batchable),
 * so that the caller can fall back to single requests.
 *
 * @param targets Which credentials, of whichever owners, at most the batch route's maximum.
 */
export async function revokeApplicationPasswordsInBatch(
	targets: RevokeTarget[]
): Promise< BatchRevokeResult[] > {
	const response: unknown = await apiFetch( {
		path: '/batch/v1',
		method: 'POST',
		data: {
			validation: 'normal',
			requests: targets.map( ( { owner, uuid } ) => ( {
				method: 'DELETE',
				path: `${ collectionPath( owner ) }/${ uuid }`,
			} ) ),
		},
	} );
	const responses =
		isRecord( response ) && Array.isArray( response.responses )
			? response.responses
			: null;
	if ( ! responses || responses.length !== targets.length ) {
		throw new TypeError( 'The batch response does not match the request.' );
	}
	return targets.map( ( { uuid }, index ) => {
		const item: unknown = responses[ index ];
		const status =
			isRecord( item ) && typeof item.status === 'number'
				? item.status
				: 0;
		const body = isRecord( item ) && isRecord( item.body ) ? item.body : {};
		return {
			uuid,
			status,
			code: typeof body.code === 'string' ? body.code : '',
			message: typeof body.message === 'string' ? body.message : '',
		};
	} );
}

/** What the all-users overview asks the server for: one page, searched, sorted, filtered. */
export interface OverviewQuery {
	page: number;
	perPage: number;
	search: string;
	orderby: 'created' | 'last_used' | 'name';
	order: 'asc' | 'desc';
	usage: Array< 'never' | 'idle90' >;
	policy: Array< 'expired' | 'expiring' | 'read' >;
}

/** One page of the overview, with the totals the server counted. */
export interface OverviewPage {
	items: Credential[];
	total: number;
	totalPages: number;
}

/**
 * Lists one page of every user's credentials that the current user may see.
 *
 * @param query Page, search, sort, usage and policy filters.
 */
export async function listAllApplicationPasswords(
	query: OverviewQuery
): Promise< OverviewPage > {
	const params = new URLSearchParams( {
		page: String( query.page ),
		per_page: String( query.perPage ),
		orderby: query.orderby,
		order: query.order,
	} );
	if ( query.search ) {
		params.set( 'search', query.search );
	}
	query.usage.forEach( ( usage ) => params.append( 'usage[]', usage ) );
	query.policy.forEach( ( policy ) => params.append( 'policy[]', policy ) );
	let response: Response;
	try {
		response = ( await apiFetch( {
			path: `${ OVERVIEW_NAMESPACE }/application-passwords?${ params.toString() }`,
			parse: false,
		} ) ) as Response;
	} catch ( error ) {
		// Unparsed, a failure arrives as the raw response: throw its WP_Error body instead.
		throw await readErrorResponse( error );
	}
	const body: unknown = await response.json();
	if ( ! Array.isArray( body ) ) {
		throw new TypeError( 'The overview response is not a list.' );
	}
	return {
		items: body.map( ( value: unknown ) => ( {
			...parseApplicationPassword( value ),
			owner: parseOwner( isRecord( value ) ? value.owner : null ),
		} ) ),
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}
