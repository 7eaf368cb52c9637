/**
 * The owner's credentials in a DataViews table: search, sort, usage filters, paging, actions.
 */

import { DataViews } from '@wordpress/dataviews/wp';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { useView } from '../../hooks/use-view';
import { applyView } from '../../utils/apply-view';
import { credentialActions, credentialFields } from './fields';

interface CredentialsTableProps {
	items: Credential[];
	isLoading: boolean;
}

/**
 * Lists credentials with their metadata, filtered and paged in the browser.
 *
 * @param props           Component props.
 * @param props.items     All of the owner's credentials.
 * @param props.isLoading Whether a reload is in flight.
 */
export function CredentialsTable( {
	items,
	isLoading,
}: CredentialsTableProps ) {
	const [ view, setView ] = useView();
	const { data, paginationInfo } = useMemo(
		() => applyView( items, view, credentialFields, new Date() ),
		[ items, view ]
	);

	return (
		<DataViews
			data={ data }
			fields={ credentialFields }
			view={ view }
			onChangeView={ setView }
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
