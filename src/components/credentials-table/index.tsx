/**
 * Credentials in a DataViews table: search, sort, usage filters, paging, rename and revoke.
 * One table for one owner's credentials and for every user's; a data hook supplies the rows.
 */

import type { ReactNode } from 'react';

import { DataViews } from '@wordpress/dataviews/wp';
import type { View } from '@wordpress/dataviews/wp';
import { useMemo } from '@wordpress/element';

import type { Credential } from '../../api/application-passwords';

import { useBoot } from '../../hooks/use-boot';
import { LoadError } from '../load-error';
import { credentialActions } from './actions';
import type { TableRows } from './types';

interface CredentialsTableProps {
	/** From `useOwnerRows()` or `useOverviewRows()`. */
	rows: TableRows;
	/** The table's view, owned by the screen so that other parts can change it. */
	view: View;
	onChangeView: ( view: View ) => void;
	searchLabel: string;
	/** What an empty result says. */
	empty?: ReactNode;
	/** Opens the Activity view filtered to a credential. */
	onShowActivity: ( item: Credential ) => void;
}

/**
 * Lists credentials with their metadata and actions.
 *
 * @param props                Component props.
 * @param props.rows           Rows, columns and loading state.
 * @param props.view           The table's view.
 * @param props.onChangeView   Changes the view.
 * @param props.searchLabel    Label of the search field.
 * @param props.empty          What an empty result says.
 * @param props.onShowActivity Opens the Activity view filtered to a credential.
 */
export function CredentialsTable( {
	rows,
	view,
	onChangeView,
	searchLabel,
	empty,
	onShowActivity,
}: CredentialsTableProps ) {
	const boot = useBoot();
	const policies = boot.policy !== null;
	const actions = useMemo(
		() => credentialActions( policies, onShowActivity ),
		[ policies, onShowActivity ]
	);
	return (
		<>
			{ rows.error && (
				<LoadError error={ rows.error } onRetry={ rows.retry } />
			) }
			<DataViews
				data={ rows.data }
				fields={ rows.fields }
				view={ view }
				onChangeView={ onChangeView }
				actions={ actions }
				paginationInfo={ rows.paginationInfo }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => item.uuid }
				isLoading={ rows.isLoading }
				search
				searchLabel={ searchLabel }
				empty={ empty }
			/>
		</>
	);
}
