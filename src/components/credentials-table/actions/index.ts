/**
 * Row and bulk actions of the credentials table, each defined next to its modal.
 */

import type { Action } from '@wordpress/dataviews/wp';

import type { Credential } from '../../../api/application-passwords';
import { editAction } from './edit';
import { revokeAction } from './revoke';
import { rollAction } from './roll';

const WITHOUT_POLICIES = [ editAction, revokeAction ];
const WITH_POLICIES = [ editAction, rollAction, revokeAction ];

/**
 * Returns every action on credentials, each offered only where the owner's rights allow it.
 *
 * @param policies Whether the server knows policies (and so rolling).
 */
export function credentialActions( policies: boolean ): Action< Credential >[] {
	return policies ? WITH_POLICIES : WITHOUT_POLICIES;
}
