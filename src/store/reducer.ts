/**
 * The store's reducer.
 */

import type { OverviewPage } from '../api/application-passwords';
import type { Action, State } from './types';

export const initialState: State = {
	owner: null,
	credentials: {},
	overviewPages: {},
	userMatches: {},
	batchMaxItems: null,
	eventPages: {},
	usage: {},
	eventFacets: null,
	auditSettings: null,
	alertOptOuts: null,
};

/**
 * Applies a change to every cached overview page, until they are fetched again.
 *
 * @param pages  Cached pages.
 * @param change What to do to one page's items.
 */
function mapOverviewPages(
	pages: State[ 'overviewPages' ],
	change: ( items: OverviewPage[ 'items' ] ) => OverviewPage[ 'items' ]
): State[ 'overviewPages' ] {
	return Object.fromEntries(
		Object.entries( pages ).map( ( [ key, page ] ) => [
			key,
			{ ...page, items: change( page.items ) },
		] )
	);
}

/**
 * Applies one action to the state.
 *
 * @param state  Current state.
 * @param action Action.
 */
export function reducer( state: State = initialState, action: Action ): State {
	switch ( action.type ) {
		case 'SET_OWNER':
			return { ...state, owner: action.owner };
		case 'RECEIVE_CREDENTIALS':
			return {
				...state,
				credentials: {
					...state.credentials,
					[ action.ownerId ]: action.items,
				},
			};
		case 'RECEIVE_OVERVIEW_PAGE':
			return {
				...state,
				overviewPages: {
					...state.overviewPages,
					[ action.key ]: action.page,
				},
			};
		case 'RECEIVE_USER_MATCHES':
			return {
				...state,
				userMatches: {
					...state.userMatches,
					[ action.search ]: action.users,
				},
			};
		case 'RECEIVE_BATCH_MAX_ITEMS':
			return { ...state, batchMaxItems: action.maxItems };
		case 'RECEIVE_EVENTS_PAGE':
			return {
				...state,
				eventPages: {
					...state.eventPages,
					[ action.key ]: action.page,
				},
			};
		case 'RECEIVE_USAGE':
			return {
				...state,
				usage: { ...state.usage, [ action.key ]: action.usage },
			};
		case 'RECEIVE_EVENT_FACETS':
			return { ...state, eventFacets: action.facets };
		case 'RECEIVE_AUDIT_SETTINGS':
			return { ...state, auditSettings: action.settings };
		case 'RECEIVE_ALERT_OPT_OUTS':
			return { ...state, alertOptOuts: action.off };
		case 'ADD_CREDENTIAL': {
			const existing = state.credentials[ action.ownerId ] ?? [];
			return {
				...state,
				credentials: {
					...state.credentials,
					[ action.ownerId ]: [
						action.item,
						...existing.filter(
							( item ) => item.uuid !== action.item.uuid
						),
					],
				},
			};
		}
		case 'UPDATE_CREDENTIAL': {
			const replace = < Item extends { uuid: string } >( item: Item ) =>
				item.uuid === action.item.uuid
					? { ...item, ...action.item }
					: item;
			const existing = state.credentials[ action.ownerId ];
			return {
				...state,
				credentials: existing
					? {
							...state.credentials,
							[ action.ownerId ]: existing.map( replace ),
						}
					: state.credentials,
				overviewPages: mapOverviewPages(
					state.overviewPages,
					( items ) => items.map( replace )
				),
			};
		}
		case 'REMOVE_CREDENTIALS': {
			const removed = new Set( action.uuids );
			const keep = ( item: { uuid: string } ) =>
				! removed.has( item.uuid );
			return {
				...state,
				credentials: Object.fromEntries(
					Object.entries( state.credentials ).map(
						( [ ownerId, items ] ) => [
							ownerId,
							items.filter( keep ),
						]
					)
				),
				overviewPages: mapOverviewPages(
					state.overviewPages,
					( items ) => items.filter( keep )
				),
			};
		}
		case 'REMOVE_OWNER_CREDENTIALS':
			return {
				...state,
				credentials: { ...state.credentials, [ action.ownerId ]: [] },
				overviewPages: mapOverviewPages(
					state.overviewPages,
					( items ) =>
						items.filter(
							( item ) => item.owner.id !== action.ownerId
						)
				),
			};
	}
	return state;
}
