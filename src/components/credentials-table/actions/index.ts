/**
 * Row and bulk actions of the credentials table, each defined next to its modal.
 */

import type { Action } from '@wordpress/dataviews/wp';

import type { Credential } from '../../../api/application-passwords';
import { activityAction } from './activity';
import { renameAction } from './rename';
import { revokeAction } from './revoke';
import { usageAction } from './usage';

/**
 * Returns every action on credentials, offered only where the owner's rights allow it.
 *
 * @param onShowActivity Opens the Activity view filtered to a credential.
 */
export const credentialActions = (
	onShowActivity: ( item: Credential ) => void
): Action< Credential >[] => [
	renameAction,
	revokeAction,
	activityAction( onShowActivity ),
	usageAction,
];
