/**
 * What the credentials table shows: its columns and filters.
 */

import type { Field } from '@wordpress/dataviews/wp';
import { __, sprintf } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { parseUtc } from '../../utils/dates';
import { EXPIRING_SOON_DAYS } from '../../utils/policy';
import { RelativeDate } from '../relative-date';
import {
	AccessCell,
	AllowedIpsCell,
	ExpiresCell,
	RotationNote,
} from './policy-cells';

const time = ( value: string | null ) =>
	value ? ( parseUtc( value )?.getTime() ?? 0 ) : 0;

/** What the table knows beyond each row: whether the server has policies, and other rows. */
export interface FieldOptions {
	/** Whether the server knows policies: without them, no policy columns or filters. */
	policies: boolean;
	/** Finds a credential's name by uuid among the rows loaded, for a rolled pair. */
	nameOf: ( uuid: string ) => string | null;
}

/**
 * Returns a lookup of credential names by uuid among the rows loaded.
 *
 * @param items Rows loaded.
 */
export function namesOf( items: Credential[] ) {
	const names = new Map( items.map( ( item ) => [ item.uuid, item.name ] ) );
	return ( uuid: string ) => names.get( uuid ) ?? null;
}

/**
 * Returns an expiry as a number to sort by; never expiring sorts as the latest.
 *
 * @param value Expiry (ISO UTC), or null.
 */
const expiryTime = ( value: string | null ) =>
	value ? ( parseUtc( value )?.getTime() ?? 0 ) : Number.MAX_SAFE_INTEGER;

/**
 * Returns the policy columns (Expires, Access, Allowed IPs) and the policy filter.
 *
 * @param options What the table knows beyond each row.
 */
function policyFields( options: FieldOptions ): Field< Credential >[] {
	if ( ! options.policies ) {
		return [];
	}
	return [
		{
			id: 'expires',
			label: __( 'Expires', 'mainwp-application-passwords' ),
			type: 'text',
			filterBy: false,
			getValue: ( { item } ) => item.expires ?? '',
			render: ( { item } ) => <ExpiresCell item={ item } />,
			// Values, as getValue returns them ('' for never).
			sort: ( a: string, b: string, direction ) =>
				Math.sign( expiryTime( a ) - expiryTime( b ) ) *
				( direction === 'asc' ? 1 : -1 ),
		},
		{
			id: 'access',
			label: __( 'Access', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => item.access,
			render: ( { item } ) => <AccessCell item={ item } />,
		},
		{
			id: 'allowedIps',
			label: __( 'Allowed IPs', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => item.allowedIps.join( ' ' ),
			render: ( { item } ) => <AllowedIpsCell item={ item } />,
		},
		{
			id: 'policy',
			label: __( 'Policy', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			enableHiding: false,
			elements: [
				{
					value: 'expired',
					label: __( 'Expired', 'mainwp-application-passwords' ),
				},
				{
					value: 'expiring',
					label: sprintf(
						/* translators: %d: Number of days. */
						__(
							'Expiring in %d days',
							'mainwp-application-passwords'
						),
						EXPIRING_SOON_DAYS
					),
				},
				{
					value: 'read',
					label: __( 'Read only', 'mainwp-application-passwords' ),
				},
			],
			filterBy: { operators: [ 'isAny' ] },
			getValue: ( { item } ) => item.access,
		},
	];
}

/**
 * Returns the columns and filters of one owner's credentials.
 *
 * @param idleDays The idle limit the server set, from the boot data.
 * @param options  What the table knows beyond each row.
 */
export const credentialFields = (
	idleDays: number,
	options: FieldOptions
): Field< Credential >[] => [
	{
		id: 'name',
		label: __( 'Name', 'mainwp-application-passwords' ),
		type: 'text',
		enableGlobalSearch: true,
		enableHiding: false,
		filterBy: false,
		getValue: ( { item } ) => item.name,
		// Isolated: a bidirectional override in a name must not reach the text after it.
		render: ( { item } ) => (
			<span className="mainwp-application-passwords__name-cell">
				<bdi>{ item.name }</bdi>
				<RotationNote item={ item } nameOf={ options.nameOf } />
			</span>
		),
	},
	{
		id: 'created',
		label: __( 'Created', 'mainwp-application-passwords' ),
		type: 'text',
		filterBy: false,
		getValue: ( { item } ) => item.created,
		// Relative as Last used, the exact time on hover or focus: narrow enough for the
		// metadata and policy columns to fit side by side.
		render: ( { item } ) => <RelativeDate value={ item.created } />,
		// DataViews gives a field's sort the values getValue returned, not the items.
		sort: ( a: string, b: string, direction ) =>
			( time( a ) - time( b ) ) * ( direction === 'asc' ? 1 : -1 ),
	},
	{
		id: 'lastUsed',
		label: __( 'Last used', 'mainwp-application-passwords' ),
		type: 'text',
		filterBy: false,
		getValue: ( { item } ) => item.lastUsed ?? '',
		// The address it was last used from goes under it, so the default columns fit.
		render: ( { item } ) => (
			<>
				{ item.lastUsed ? (
					<RelativeDate value={ item.lastUsed } />
				) : (
					__( 'Never', 'mainwp-application-passwords' )
				) }
				{ item.lastIp && (
					<span className="mainwp-application-passwords__last-ip">
						{ sprintf(
							/* translators: %s: IP address. */
							__( 'from %s', 'mainwp-application-passwords' ),
							item.lastIp
						) }
					</span>
				) }
			</>
		),
		// Never used sorts as the oldest.
		sort: ( a: string, b: string, direction ) =>
			( time( a ) - time( b ) ) * ( direction === 'asc' ? 1 : -1 ),
	},
	{
		id: 'lastIp',
		label: __( 'Last IP', 'mainwp-application-passwords' ),
		type: 'text',
		enableSorting: false,
		filterBy: false,
		getValue: ( { item } ) => item.lastIp ?? '',
		render: ( { item } ) => <>{ item.lastIp ?? '—' }</>,
	},
	{
		id: 'appId',
		label: __( 'App ID', 'mainwp-application-passwords' ),
		type: 'text',
		enableSorting: false,
		filterBy: false,
		getValue: ( { item } ) => item.appId,
		render: ( { item } ) => <code>{ item.appId || '—' }</code>,
	},
	{
		id: 'usage',
		label: __( 'Usage', 'mainwp-application-passwords' ),
		type: 'text',
		enableSorting: false,
		enableHiding: false,
		elements: [
			{
				value: 'never',
				label: __( 'Never used', 'mainwp-application-passwords' ),
			},
			{
				value: 'idle90',
				label: sprintf(
					/* translators: %d: Number of days. */
					__(
						'Not used in the last %d days',
						'mainwp-application-passwords'
					),
					idleDays
				),
			},
		],
		filterBy: { operators: [ 'isAny' ] },
		getValue: ( { item } ) => ( item.lastUsed ? 'used' : 'never' ),
	},
	...policyFields( options ),
];

/** The owner column of the all-users view: avatar, display name and username. */
const ownerField: Field< Credential > = {
	id: 'owner',
	label: __( 'Owner', 'mainwp-application-passwords' ),
	type: 'text',
	enableSorting: false,
	filterBy: false,
	getValue: ( { item } ) => item.owner.login,
	render: ( { item } ) => (
		<span className="mainwp-application-passwords__owner-cell">
			{ item.owner.avatar && (
				<img
					src={ item.owner.avatar }
					alt=""
					width={ 24 }
					height={ 24 }
					className="mainwp-application-passwords__avatar"
					// Offline or blocked avatar services: no broken-image icon.
					onError={ ( event ) => {
						event.currentTarget.hidden = true;
					} }
				/>
			) }
			<span>
				<bdi>{ item.owner.name || item.owner.login }</bdi>
				{ item.owner.name && item.owner.name !== item.owner.login && (
					<span className="mainwp-application-passwords__owner-login">
						{ item.owner.login }
					</span>
				) }
			</span>
		</span>
	),
};

/**
 * Returns the columns and filters of the all-users overview: the owner first.
 *
 * @param idleDays The idle limit the server set, from the boot data.
 * @param options  What the table knows beyond each row.
 */
export const overviewFields = (
	idleDays: number,
	options: FieldOptions
): Field< Credential >[] => [
	ownerField,
	...credentialFields( idleDays, options ),
];
