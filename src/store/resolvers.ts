/**
 * Resolvers: they fetch what a selector returns the first time it is asked for, and again after
 * its resolution is invalidated. @wordpress/data records whether each is resolving, finished
 * or failed, with the error.
 */

import {
	fetchBatchMaxItems,
	listAllApplicationPasswords,
	listApplicationPasswords,
	type OverviewQuery,
} from '../api/application-passwords';
import {
	fetchAlertOptOuts,
	fetchUsage,
	fetchEventFacets,
	listEvents,
	type EventsQuery,
} from '../api/audit';
import { searchUsers } from '../api/owners';
import { eventsKey, usageKey } from '../utils/events-query';
import { overviewKey } from '../utils/overview-query';
import type { ThunkArgs } from './types';

/**
 * Fetches an owner's credentials; the first time, core's response is preloaded in the page.
 *
 * @param ownerId The owner's user id.
 */
export const getCredentials =
	( ownerId: number ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const items = await listApplicationPasswords( ownerId );
		dispatch( { type: 'RECEIVE_CREDENTIALS', ownerId, items } );
	};

/**
 * Fetches one page of the all-users overview.
 *
 * @param query Page, search, sort and usage filter.
 */
export const getOverviewPage =
	( query: OverviewQuery ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const page = await listAllApplicationPasswords( query );
		dispatch( {
			type: 'RECEIVE_OVERVIEW_PAGE',
			key: overviewKey( query ),
			page,
		} );
	};

/**
 * Looks users up for the owner picker.
 *
 * @param search What was typed, trimmed and not empty.
 */
export const getUserMatches =
	( search: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const users = await searchUsers( search );
		dispatch( { type: 'RECEIVE_USER_MATCHES', search, users } );
	};

/** Asks the batch route, once, how many requests it accepts at a time. */
export const getBatchMaxItems =
	() =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const maxItems = await fetchBatchMaxItems();
		dispatch( { type: 'RECEIVE_BATCH_MAX_ITEMS', maxItems } );
	};

/**
 * Fetches one page of the Activity view.
 *
 * @param query Page, search and filters.
 */
export const getEventsPage =
	( query: EventsQuery ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const page = await listEvents( query );
		dispatch( {
			type: 'RECEIVE_EVENTS_PAGE',
			key: eventsKey( query ),
			page,
		} );
	};

/**
 * Fetches how one credential was used over the last 30 days.
 *
 * @param userId Its owner.
 * @param uuid   The credential.
 */
export const getUsage =
	( userId: number, uuid: string ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const usage = await fetchUsage( userId, uuid );
		dispatch( {
			type: 'RECEIVE_USAGE',
			key: usageKey( userId, uuid ),
			usage,
		} );
	};

/** Fetches the credentials and owners the Activity view's filters offer. */
export const getEventFacets =
	() =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const facets = await fetchEventFacets();
		dispatch( { type: 'RECEIVE_EVENT_FACETS', facets } );
	};

/** Fetches which alerts the current user turned off for themselves. */
export const getAlertOptOuts =
	() =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		const off = await fetchAlertOptOuts();
		dispatch( { type: 'RECEIVE_ALERT_OPT_OUTS', off } );
	};
