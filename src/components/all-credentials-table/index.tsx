/**
 * Every user's credentials in one table, searched, sorted, filtered and paged on the server.
 */

import { Button, Notice } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataViews } from '@wordpress/dataviews/wp';
import { useEffect, useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { useLatest } from '../../hooks/use-latest';
import { useStoreQuery } from '../../hooks/use-store-query';
import { useView } from '../../hooks/use-view';
import { store } from '../../store';
import { toOverviewQuery } from '../../utils/overview-query';
import { DEFAULT_ALL_VIEW } from '../../utils/view';
import {
	credentialActions,
	credentialFields,
	ownerField,
} from '../credentials-table/fields';

const fields = [ ownerField, ...credentialFields ];

/**
 * Shows the page the view asks for, as the store resolves it (again whenever credentials
 * change on this screen, since changes invalidate the overview's resolution).
 */
export function AllCredentialsTable() {
	const [ view, setView ] = useView( 'allView', DEFAULT_ALL_VIEW );
	const query = useMemo( () => toOverviewQuery( view ), [ view ] );
	const page = useStoreQuery( 'getOverviewPage', [ query ] );
	const result = useLatest( page.data );
	const { invalidateResolution } = useDispatch( store );
	const error = page.error?.message;
	const isLoading =
		( page.data === null && ! page.hasResolved ) || page.isResolving;

	// After revoking the last rows of the last page, show the page that now is the last.
	const totalPages = result?.totalPages ?? 0;
	useEffect( () => {
		if ( totalPages > 0 && ( view.page ?? 1 ) > totalPages ) {
			setView( { ...view, page: totalPages } );
		}
	}, [ totalPages, view, setView ] );

	return (
		<>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }{ ' ' }
					<Button
						variant="link"
						onClick={ () =>
							invalidateResolution( 'getOverviewPage', [ query ] )
						}
					>
						{ __( 'Try again', 'mainwp-application-passwords' ) }
					</Button>
				</Notice>
			) }
			<DataViews
				data={ result?.items ?? [] }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				actions={ credentialActions }
				paginationInfo={ {
					totalItems: result?.total ?? 0,
					totalPages,
				} }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => item.uuid }
				isLoading={ isLoading }
				search
				searchLabel={ __(
					'Search by name or owner',
					'mainwp-application-passwords'
				) }
				empty={
					<p>
						{ query.search || query.usage.length
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
		</>
	);
}
