/**
 * Every user's credentials: the table, paged on the server, and what an empty page says.
 */

import type { View } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { toOverviewQuery } from '../../utils/overview-query';
import { CredentialsTable } from '../credentials-table';
import type { TableRows } from '../credentials-table/types';

interface OverviewCredentialsProps {
	/** The table's rows, from `useOverviewRows()`. */
	rows: TableRows;
	view: View;
	onChangeView: ( view: View ) => void;
	/** Opens the Activity view filtered to a credential. */
	onShowActivity: ( item: Credential ) => void;
}

/**
 * Shows the overview's table; an empty one says whether nothing matches or nobody has any.
 *
 * @param props                Component props.
 * @param props.rows           Rows, columns and loading state.
 * @param props.view           The table's view.
 * @param props.onChangeView   Changes the view.
 * @param props.onShowActivity Opens the Activity view filtered to a credential.
 */
export function OverviewCredentials( {
	rows,
	view,
	onChangeView,
	onShowActivity,
}: OverviewCredentialsProps ) {
	const query = toOverviewQuery( view );
	return (
		<CredentialsTable
			rows={ rows }
			view={ view }
			onChangeView={ onChangeView }
			onShowActivity={ onShowActivity }
			searchLabel={ __(
				'Search by name or owner',
				'mainwp-application-passwords'
			) }
			empty={
				<p>
					{ query.search || query.usage.length || query.policy.length
						? __(
								'No application passwords match.',
								'mainwp-application-passwords'
							)
						: __(
								'No user on this site has an application password.',
								'mainwp-application-passwords'
							) }
				</p>
			}
		/>
	);
}
