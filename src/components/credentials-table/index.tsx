/**
 * A plain table of application passwords and their metadata.
 */

import { __ } from '@wordpress/i18n';

import type { ApplicationPassword } from '../../api/application-passwords';
import { formatSiteDateTime } from '../../utils/dates';

interface CredentialsTableProps {
	items: ApplicationPassword[];
}

/**
 * Lists credentials with name, created, last used and last IP.
 *
 * @param props       Component props.
 * @param props.items Credentials to show.
 */
export function CredentialsTable( { items }: CredentialsTableProps ) {
	if ( items.length === 0 ) {
		return (
			<p className="mainwp-application-passwords__empty">
				{ __(
					'No application passwords yet.',
					'mainwp-application-passwords'
				) }
			</p>
		);
	}
	return (
		<table className="widefat striped mainwp-application-passwords__table">
			<caption className="screen-reader-text">
				{ __(
					'Your application passwords',
					'mainwp-application-passwords'
				) }
			</caption>
			<thead>
				<tr>
					<th scope="col">
						{ __( 'Name', 'mainwp-application-passwords' ) }
					</th>
					<th scope="col">
						{ __( 'Created', 'mainwp-application-passwords' ) }
					</th>
					<th scope="col">
						{ __( 'Last used', 'mainwp-application-passwords' ) }
					</th>
					<th scope="col">
						{ __( 'Last IP', 'mainwp-application-passwords' ) }
					</th>
				</tr>
			</thead>
			<tbody>
				{ items.map( ( item ) => (
					<tr key={ item.uuid }>
						<th scope="row">{ item.name }</th>
						<td>{ formatSiteDateTime( item.created ) }</td>
						<td>
							{ item.lastUsed
								? formatSiteDateTime( item.lastUsed )
								: __(
										'Never',
										'mainwp-application-passwords'
									) }
						</td>
						<td>{ item.lastIp ?? '—' }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
