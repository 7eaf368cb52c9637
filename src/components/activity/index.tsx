/**
 * The Activity view: who created, changed, used and was refused, paged on the server, with
 * its CSV export.
 */

import apiFetch from '@wordpress/api-fetch';
import { DataViews } from '@wordpress/dataviews/wp';
import type { View } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';
import { download } from '@wordpress/icons';
import { Icon } from '@wordpress/components';

import { eventsExportUrl } from '../../api/audit';
import { useBoot } from '../../hooks/use-boot';
import { AlertChoices } from '../alert-choices';
import { LoadError } from '../load-error';
import type { ActivityRows } from './use-activity-rows';

interface ActivityProps {
	/** From `useActivityRows()`. */
	rows: ActivityRows;
	view: View;
	onChangeView: ( view: View ) => void;
}

/**
 * Lists the events the viewer may see; an empty page says whether nothing matches or nothing
 * happened yet.
 *
 * @param props              Component props.
 * @param props.rows         Rows, columns, loading state and query.
 * @param props.view         The view.
 * @param props.onChangeView Changes the view.
 */
export function Activity( { rows, view, onChangeView }: ActivityProps ) {
	const boot = useBoot();
	const { query } = rows;
	const filtered =
		query.search !== '' ||
		query.uuid !== null ||
		query.userId !== null ||
		query.types.length > 0 ||
		query.after !== null;
	// The REST nonce signs the download as it signs api-fetch's requests; never a password.
	const nonce = apiFetch.nonceMiddleware?.nonce ?? '';
	return (
		<div className="mainwp-application-passwords__activity">
			<div className="mainwp-application-passwords__activity-bar">
				<p className="mainwp-application-passwords__activity-intro">
					{ __(
						'Who created, changed, used and was refused, newest first. Times are the site’s; hover one for the exact time.',
						'mainwp-application-passwords'
					) }
				</p>
				<a
					className="components-button is-secondary mainwp-application-passwords__export"
					href={ eventsExportUrl( boot.restUrl, query, nonce ) }
					download
				>
					<Icon icon={ download } size={ 20 } />
					{ filtered
						? __(
								'Download these events (CSV)',
								'mainwp-application-passwords'
							)
						: __( 'Download CSV', 'mainwp-application-passwords' ) }
				</a>
			</div>
			<AlertChoices />
			{ rows.error && (
				<LoadError error={ rows.error } onRetry={ rows.retry } />
			) }
			<DataViews
				data={ rows.data }
				fields={ rows.fields }
				view={ view }
				onChangeView={ onChangeView }
				paginationInfo={ rows.paginationInfo }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
				isLoading={ rows.isLoading }
				search
				searchLabel={ __(
					'Search by name, owner, route or address',
					'mainwp-application-passwords'
				) }
				empty={
					<p>
						{ filtered
							? __(
									'No events match.',
									'mainwp-application-passwords'
								)
							: __(
									'Nothing recorded yet. Creating, renaming, using or revoking an application password shows here.',
									'mainwp-application-passwords'
								) }
					</p>
				}
			/>
		</div>
	);
}
