/**
 * Turns the table's view into the rows to show.
 */

import { filterSortAndPaginate } from '@wordpress/dataviews/wp';
import type { Field, View } from '@wordpress/dataviews/wp';

import type { ApplicationPassword } from '../api/application-passwords';
import { applyOwnFilters } from './own-filters';

/**
 * Applies a view to the owner's credentials: search, filters, sort and page.
 *
 * @param items    All of the owner's credentials.
 * @param view     Current view.
 * @param fields   Field definitions.
 * @param now      The present.
 * @param idleDays The idle limit the server set, from the boot data.
 */
export function applyView< Item extends ApplicationPassword >(
	items: Item[],
	view: View,
	fields: Field< Item >[],
	now: Date,
	idleDays: number
) {
	const own = applyOwnFilters( items, view, now, idleDays );
	return filterSortAndPaginate( own.items, own.view, fields );
}
