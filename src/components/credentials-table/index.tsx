/**
 * The owner's credentials in a DataViews table: search, sort, usage filters, paging, actions.
 */

import { DataViews } from '@wordpress/dataviews/wp';
import type { View } from '@wordpress/dataviews/wp';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { useBoot } from '../../hooks/use-boot';
import { applyView } from '../../utils/apply-view';
import { credentialActions, credentialFields } from './fields';

interface CredentialsTableProps {
	items: Credential[];
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
	const { idleDays } = useBoot();
	const fields = useMemo( () => credentialFields( idleDays ), [ idleDays ] );
	const { data, paginationInfo } = useMemo(
		() => applyView( items, view, fields, new Date(), idleDays ),
		[ items, view, fields, idleDays ]
	);

	return (
		<DataViews
			data={ data }
			fields={ fields }
			view={ view }
			onChangeView={ onChangeView }
			actions={ credentialActions }
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
