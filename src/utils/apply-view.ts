/**
 * Turns the table's view into the rows to show.
 */

import { filterSortAndPaginate } from '@wordpress/dataviews/wp';
import type { Field, View } from '@wordpress/dataviews/wp';

import type { ApplicationPassword } from '../api/application-passwords';
import { matchesUsage, type UsageFilter } from './usage';

/**
 * Applies a view to the owner's credentials: search, filters, sort and page.
 *
 * The "Usage" filter is applied here, since a credential never used matches both of its values.
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
	const usage = view.filters?.find( ( filter ) => filter.field === 'usage' );
	const wanted = (
		Array.isArray( usage?.value ) ? usage.value : []
	) as UsageFilter[];
	const matching = wanted.length
		? items.filter( ( item ) =>
				wanted.some( ( filter ) =>
					matchesUsage( item, filter, now, idleDays )
				)
			)
		: items;
	return filterSortAndPaginate(
		matching,
		{
			...view,
			filters: view.filters?.filter(
				( filter ) => filter.field !== 'usage'
			),
		},
		fields
	);
}
