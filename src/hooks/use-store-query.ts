/**
 * A selector's data together with its resolution state, the way core-data's
 * `useEntityRecords()` answers "loading?", "loaded?" and "failed?".
 */

import { useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';

import { toRestError, type RestError } from '../api/errors';
import { store } from '../store';
import type * as selectors from '../store/selectors';
import type { ResolvedSelectorName, State } from '../store/types';

type Selectors = typeof selectors;

/** Arguments a resolved selector takes after the state. */
type QueryArgs< Name extends ResolvedSelectorName > =
	Selectors[ Name ] extends ( state: State, ...args: infer Args ) => unknown
		? Args
		: never;

/** What a resolved selector returns once resolved. */
type QueryData< Name extends ResolvedSelectorName > = NonNullable<
	ReturnType< Selectors[ Name ] >
>;

/** Data and resolution state of one resolved selector call. */
export interface StoreQuery< Data > {
	/** The data; null until first received (kept while it is fetched again). */
	data: Data | null;
	/** Whether a request for it is in flight. */
	isResolving: boolean;
	/** Whether the last request has finished, successfully or not. */
	hasResolved: boolean;
	/** Why the last request failed, if it did. */
	error: RestError | null;
}

const DISABLED = {
	data: null,
	isResolving: false,
	hasResolved: false,
	failure: null,
};

/**
 * Selects a resolved selector's data and its resolution state; the resolver fetches the data
 * the first time, and again after its resolution is invalidated.
 *
 * @param name    Selector name.
 * @param args    Its arguments.
 * @param enabled Whether to select (and so fetch) at all.
 */
export function useStoreQuery< Name extends ResolvedSelectorName >(
	name: Name,
	args: QueryArgs< Name >,
	enabled = true
): StoreQuery< QueryData< Name > > {
	// Object arguments are new on every render: compare them by value.
	const key = JSON.stringify( args );
	const { data, isResolving, hasResolved, failure } = useSelect(
		( select ) => {
			if ( ! enabled ) {
				return DISABLED;
			}
			const selected = select( store );
			const selector = selected[ name ] as unknown as (
				...selectorArgs: QueryArgs< Name >
			) => QueryData< Name > | null;
			return {
				data: selector( ...args ),
				isResolving: selected.isResolving( name, args ),
				hasResolved: selected.hasFinishedResolution( name, args ),
				failure: selected.hasResolutionFailed( name, args )
					? selected.getResolutionError( name, args )
					: null,
			};
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `args`.
		[ name, key, enabled ]
	);
	const error = useMemo(
		() => ( failure ? toRestError( failure ) : null ),
		[ failure ]
	);
	return { data, isResolving, hasResolved, error };
}
