/**
 * What the credential tables show and offer: their fields and actions.
 */

import type { Action, Field } from '@wordpress/dataviews/wp';
import { __, sprintf } from '@wordpress/i18n';
import { pencil, trash } from '@wordpress/icons';

import type { Credential } from '../../api/application-passwords';
import { formatSiteDateTime, parseUtc } from '../../utils/dates';
import { RelativeDate } from '../relative-date';
import { RenameForm } from '../rename-form';
import { RevokeConfirm } from '../revoke-confirm';

const time = ( value: string | null ) =>
	value ? ( parseUtc( value )?.getTime() ?? 0 ) : 0;

/**
 * Returns the columns and filters both tables share.
 *
 * @param idleDays The idle limit the server set, from the boot data.
 */
export const credentialFields = ( idleDays: number ): Field< Credential >[] => [
	{
		id: 'name',
		label: __( 'Name', 'mainwp-application-passwords' ),
		type: 'text',
		enableGlobalSearch: true,
		enableHiding: false,
		filterBy: false,
		getValue: ( { item } ) => item.name,
	},
	{
		id: 'created',
		label: __( 'Created', 'mainwp-application-passwords' ),
		type: 'text',
		filterBy: false,
		getValue: ( { item } ) => item.created,
		render: ( { item } ) => <>{ formatSiteDateTime( item.created ) }</>,
		sort: ( a, b, direction ) =>
			( time( a.created ) - time( b.created ) ) *
			( direction === 'asc' ? 1 : -1 ),
	},
	{
		id: 'lastUsed',
		label: __( 'Last used', 'mainwp-application-passwords' ),
		type: 'text',
		filterBy: false,
		getValue: ( { item } ) => item.lastUsed ?? '',
		render: ( { item } ) =>
			item.lastUsed ? (
				<RelativeDate value={ item.lastUsed } />
			) : (
				<>{ __( 'Never', 'mainwp-application-passwords' ) }</>
			),
		// Never used sorts as the oldest.
		sort: ( a, b, direction ) =>
			( time( a.lastUsed ) - time( b.lastUsed ) ) *
			( direction === 'asc' ? 1 : -1 ),
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
];

/** Row and bulk actions, offered only where the owner's rights allow them. */
export const credentialActions: Action< Credential >[] = [
	{
		id: 'rename',
		label: __( 'Rename', 'mainwp-application-passwords' ),
		icon: pencil,
		isPrimary: true,
		isEligible: ( item ) => item.owner.rights.edit,
		modalHeader: __(
			'Rename application password',
			'mainwp-application-passwords'
		),
		RenderModal: RenameForm,
	},
	{
		id: 'revoke',
		label: __( 'Revoke', 'mainwp-application-passwords' ),
		icon: trash,
		isPrimary: true,
		supportsBulk: true,
		isEligible: ( item ) => item.owner.rights.delete,
		modalHeader: ( items ) =>
			items.length === 1
				? __(
						'Revoke application password',
						'mainwp-application-passwords'
					)
				: sprintf(
						/* translators: %d: Number of application passwords. */
						__(
							'Revoke %d application passwords',
							'mainwp-application-passwords'
						),
						items.length
					),
		RenderModal: RevokeConfirm,
	},
];

/** The owner column of the all-users view: avatar, display name and username. */
export const ownerField: Field< Credential > = {
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
				{ item.owner.name || item.owner.login }
				{ item.owner.name && item.owner.name !== item.owner.login && (
					<span className="mainwp-application-passwords__owner-login">
						{ item.owner.login }
					</span>
				) }
			</span>
		</span>
	),
};
