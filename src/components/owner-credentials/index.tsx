/**
 * One owner's credentials: why they could not be loaded, a spinner until they are, the empty
 * state when there are none, or the table.
 */

import { Spinner } from '@wordpress/components';
import type { View } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import type { StoreQuery } from '../../hooks/use-store-query';
import { CredentialsTable } from '../credentials-table';
import type { TableRows } from '../credentials-table/types';
import { EmptyState } from '../empty-state';
import { LoadError } from '../load-error';

interface OwnerCredentialsProps {
	credentials: StoreQuery< Credential[] >;
	rows: TableRows;
	view: View;
	onChangeView: ( view: View ) => void;
	/** Opens the Activity view filtered to a credential. */
	onShowActivity: ( item: Credential ) => void;
	/** Opens the create dialog; null when the current user may not create one. */
	onCreate: ( () => void ) | null;
}

/**
 * Shows what there is to show of the owner's credentials.
 *
 * @param props                Component props.
 * @param props.credentials    The owner's credentials and their resolution state.
 * @param props.rows           The table's rows, from `useOwnerRows()`.
 * @param props.view           The table's view.
 * @param props.onChangeView   Changes the view.
 * @param props.onShowActivity Opens the Activity view filtered to a credential.
 * @param props.onCreate       Opens the create dialog, if creating is allowed.
 */
export function OwnerCredentials( {
	credentials,
	rows,
	view,
	onChangeView,
	onShowActivity,
	onCreate,
}: OwnerCredentialsProps ) {
	const { data, error, isResolving } = credentials;
	if ( data === null ) {
		if ( error ) {
			return <LoadError error={ error } onRetry={ rows.retry } />;
		}
		return isResolving ? <Spinner /> : null;
	}
	if ( data.length === 0 ) {
		return <EmptyState onCreate={ onCreate } />;
	}
	return (
		<CredentialsTable
			rows={ rows }
			view={ view }
			onChangeView={ onChangeView }
			onShowActivity={ onShowActivity }
			searchLabel={ __(
				'Search by name',
				'mainwp-application-passwords'
			) }
		/>
	);
}
