/**
 * Every user's credentials in one table, searched, sorted, filtered and paged on the server.
 */

import { Button, Notice } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { DataViews } from '@wordpress/dataviews/wp';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import {
	listAllApplicationPasswords,
	type OverviewPage,
} from '../../api/application-passwords';
import { toRestError } from '../../api/errors';
import { useBoot } from '../../hooks/use-boot';
import { useView } from '../../hooks/use-view';
import { store } from '../../store';
import { toOverviewQuery } from '../../utils/overview-query';
import { DEFAULT_ALL_VIEW } from '../../utils/view';
import {
	credentialActions,
	credentialFields,
	ownerField,
} from '../credentials-table/fields';

/**
 * Fetches the page the view asks for, again whenever credentials change on this screen.
 */
export function AllCredentialsTable() {
	const [ view, setView ] = useView( 'allView', DEFAULT_ALL_VIEW );
	const { idleDays } = useBoot();
	const fields = useMemo(
		() => [ ownerField, ...credentialFields( idleDays ) ],
		[ idleDays ]
	);
	const revision = useSelect(
		( select ) => select( store ).getRevision(),
		[]
	);
	const query = useMemo( () => toOverviewQuery( view ), [ view ] );
	const queryKey = JSON.stringify( query );
	const [ result, setResult ] = useState< OverviewPage | null >( null );
	const [ isLoading, setIsLoading ] = useState( true );
	const [ error, setError ] = useState< string | null >( null );
	const [ attempt, setAttempt ] = useState( 0 );

	useEffect( () => {
		const controller = new AbortController();
		setIsLoading( true );
		listAllApplicationPasswords( JSON.parse( queryKey ), controller.signal )
			.then( ( page ) => {
				setResult( page );
				setError( null );
				setIsLoading( false );
			} )
			.catch( ( reason: unknown ) => {
				if ( ! controller.signal.aborted ) {
					setError( toRestError( reason ).message );
					setIsLoading( false );
				}
			} );
		return () => controller.abort();
	}, [ queryKey, revision, attempt ] );

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
						onClick={ () => setAttempt( ( n ) => n + 1 ) }
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
