/**
 * The Activity action: opens the Activity view filtered to one credential.
 */

import type { Action } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';
import { backup } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';

/**
 * Returns the action that shows a credential's activity.
 *
 * @param onShowActivity Opens the Activity view filtered to the credential.
 */
export const activityAction = (
	onShowActivity: ( item: Credential ) => void
): Action< Credential > => ( {
	id: 'activity',
	label: __( 'Activity', 'mainwp-application-passwords' ),
	icon: backup,
	// In the row's Actions menu: Edit and Revoke stay on the row, leaving room for the columns.
	isEligible: ( item ) => item.owner.rights.list,
	callback: ( items ) => {
		if ( items[ 0 ] ) {
			onShowActivity( items[ 0 ] );
		}
	},
} );
