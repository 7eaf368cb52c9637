/**
 * The store's reducer.
 */

import type { Action, State } from './types';

export const initialState: State = {
	owner: null,
	items: [],
	hasLoaded: false,
	isLoading: false,
	loadError: null,
	revision: 0,
};

/**
 * Applies one action to the state.
 *
 * @param state  Current state.
 * @param action Action.
 */
export function reducer( state: State = initialState, action: Action ): State {
	switch ( action.type ) {
		case 'SET_OWNER':
			if ( state.owner?.id === action.owner.id ) {
				return { ...state, owner: action.owner };
			}
			return {
				...state,
				owner: action.owner,
				items: [],
				hasLoaded: false,
				loadError: null,
			};
		case 'START_LOADING':
			return { ...state, isLoading: true, loadError: null };
		case 'RECEIVE_ITEMS':
			return {
				...state,
				items: action.items,
				hasLoaded: true,
				isLoading: false,
			};
		case 'RECEIVE_LOAD_ERROR':
			return { ...state, isLoading: false, loadError: action.error };
		case 'ADD_ITEM':
			return {
				...state,
				revision: state.revision + 1,
				items: [
					action.item,
					...state.items.filter(
						( item ) => item.uuid !== action.item.uuid
					),
				],
			};
		case 'UPDATE_ITEM':
			return {
				...state,
				revision: state.revision + 1,
				items: state.items.map( ( item ) =>
					item.uuid === action.item.uuid ? action.item : item
				),
			};
		case 'REMOVE_ITEMS': {
			const removed = new Set( action.uuids );
			return {
				...state,
				revision: state.revision + 1,
				items: state.items.filter(
					( item ) => ! removed.has( item.uuid )
				),
			};
		}
		case 'REMOVE_ALL_ITEMS':
			return { ...state, revision: state.revision + 1, items: [] };
	}
	return state;
}
