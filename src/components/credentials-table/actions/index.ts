/**
 * Row and bulk actions of the credentials table, each defined next to its modal.
 */

import type { Action } from '@wordpress/dataviews/wp';

import type { Credential } from '../../../api/application-passwords';
import { editAction } from './edit';
import { revokeAction } from './revoke';

/** Every action on credentials, offered only where the owner's rights allow it. */
export const credentialActions: Action< Credential >[] = [
	editAction,
	revokeAction,
];
