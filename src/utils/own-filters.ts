/**
 * The table's filters applied by the screen rather than by DataViews: "Usage" (a credential
 * never used matches both of its values) and "Policy" (expired, expiring and read only are
 * different facts, not one field's values).
 */

import type { View } from '@wordpress/dataviews/wp';

import type { ApplicationPassword } from '../api/application-passwords';
import { matchesPolicy, type PolicyFilter } from './policy';
import { matchesUsage, type UsageFilter } from './usage';

const OWN_FILTERS = [ 'usage', 'policy' ];

/**
 * Keeps the credentials that match the view's usage and policy filters (any value of each),
 * and returns the view without them, for DataViews to apply the rest.
 *
 * @param items    All of the owner's credentials.
 * @param view     Current view.
 * @param now      The present.
 * @param idleDays The idle limit the server set, from the boot data.
 */
export function applyOwnFilters< Item extends ApplicationPassword >(
	items: Item[],
	view: View,
	now: Date,
	idleDays: number
): { items: Item[]; view: View } {
	const values = ( field: string ): string[] => {
		const filter = view.filters?.find(
			( candidate ) => candidate.field === field
		);
		return Array.isArray( filter?.value ) ? filter.value : [];
	};
	const usage = values( 'usage' ) as UsageFilter[];
	const policy = values( 'policy' ) as PolicyFilter[];
	return {
		items: items.filter(
			( item ) =>
				( ! usage.length ||
					usage.some( ( filter ) =>
						matchesUsage( item, filter, now, idleDays )
					) ) &&
				( ! policy.length ||
					policy.some( ( filter ) =>
						matchesPolicy( item, filter, now )
					) )
		),
		view: {
			...view,
			filters: view.filters?.filter(
				( filter ) => ! OWN_FILTERS.includes( filter.field )
			),
		},
	};
}
