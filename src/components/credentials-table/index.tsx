/**
 * The owner's credentials in a DataViews table: search, sort, usage filters, paging, actions.
 */

import { DataViews } from '@wordpress/dataviews/wp';
import type { Action, Field, View } from '@wordpress/dataviews/wp';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { pencil, trash } from '@wordpress/icons';

import type { ApplicationPassword } from '../../api/application-passwords';
import { formatSiteDateTime, parseUtc } from '../../utils/dates';
import { IDLE_DAYS } from '../../utils/usage';
import { applyView } from '../../utils/apply-view';
import { RelativeDate } from '../relative-date';
import { RenameForm } from '../rename-form';
import { RevokeConfirm } from '../revoke-confirm';

const time = ( value: string | null ) =>
	value ? ( parseUtc( value )?.getTime() ?? 0 ) : 0;

const fields: Field< ApplicationPassword >[] = [
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
					IDLE_DAYS
				),
			},
		],
		filterBy: { operators: [ 'isAny' ] },
		getValue: ( { item } ) => ( item.lastUsed ? 'used' : 'never' ),
	},
];

const actions: Action< ApplicationPassword >[] = [
	{
		id: 'rename',
		label: __( 'Rename', 'mainwp-application-passwords' ),
		icon: pencil,
		isPrimary: true,
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

interface CredentialsTableProps {
	items: ApplicationPassword[];
	isLoading: boolean;
	/** The table's view, from useView() in the app, so other parts can change it. */
	view: View;
	onChangeView: ( view: View ) => void;
}

/**
 * Lists credentials with their metadata, filtered and paged in the browser.
 *
 * @param props              Component props.
 * @param props.items        All of the owner's credentials.
 * @param props.isLoading    Whether a reload is in flight.
 * @param props.view         The table's view.
 * @param props.onChangeView Changes the view.
 */
export function CredentialsTable( {
	items,
	isLoading,
	view,
	onChangeView,
}: CredentialsTableProps ) {
	const { data, paginationInfo } = useMemo(
		() => applyView( items, view, fields, new Date() ),
		[ items, view ]
	);

	return (
		<DataViews
			data={ data }
			fields={ fields }
			view={ view }
			onChangeView={ onChangeView }
			actions={ actions }
			paginationInfo={ paginationInfo }
			defaultLayouts={ { table: {} } }
			getItemId={ ( item ) => item.uuid }
			isLoading={ isLoading }
			search
			searchLabel={ __(
				'Search by name',
				'mainwp-application-passwords'
			) }
		/>
	);
}
