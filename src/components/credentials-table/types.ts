/**
 * What a data hook hands the credentials table.
 */

import type { Field } from '@wordpress/dataviews/wp';

import type { Credential } from '../../api/application-passwords';
import type { RestError } from '../../api/errors';

/** The rows to show now, the columns that describe them, and how loading them went. */
export interface TableRows {
	data: Credential[];
	fields: Field< Credential >[];
	paginationInfo: { totalItems: number; totalPages: number };
	isLoading: boolean;
	/** Why the rows could not be loaded, if they could not. */
	error: RestError | null;
	/** Loads the rows again after a failure. */
	retry: () => void;
}
