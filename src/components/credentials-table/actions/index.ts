/**
 * Row and bulk actions of the credentials table, each defined next to its modal.
 */

import type { Action } from '@wordpress/dataviews/wp';

import type { Credential } from '../../../api/application-passwords';
import { activityAction } from './activity';
import { editAction } from './edit';
import { revokeAction } from './revoke';
import { rollAction } from './roll';
import { usageAction } from './usage';

/**
 * Returns every action on credentials, each offered only where the owner's rights allow it.
 *
 * @param policies       Whether the server knows policies (and so rolling).
 * @param onShowActivity Opens the Activity view filtered to a credential.
 */
export function credentialActions(
	policies: boolean,
	onShowActivity: ( item: Credential ) => void
): Action< Credential >[] {
	return [
		editAction,
		...( policies ? [ rollAction ] : [] ),
		revokeAction,
		activityAction( onShowActivity ),
		usageAction,
	];
}
