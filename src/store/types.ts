/**
 * State and actions of the application-passwords store.
 */

import type { store as noticesStore } from '@wordpress/notices';

import type {
	ApplicationPassword,
	Credential,
	OverviewPage,
} from '../api/application-passwords';
import type { RestError } from '../api/errors';
import type {
	AuditAlerts,
	AuditSettings,
	CredentialUsage,
	EventFacets,
	EventsPage,
} from '../api/audit';
import type { OwnerSummary, UserMatch } from '../api/owners';

/** What the screen knows from the server; never a password. Loading state is resolution state. */
export interface State {
	/** Whose credentials the screen shows; set from the boot data before the first render. */
	owner: OwnerSummary | null;
	/** Each owner's credentials, newest first as core lists them, keyed by user id. */
	credentials: Record< number, ApplicationPassword[] >;
	/** Pages of the all-users overview, keyed by their query (see `overviewKey()`). */
	overviewPages: Record< string, OverviewPage >;
	/** Users the owner picker found, keyed by what was searched. */
	userMatches: Record< string, UserMatch[] >;
	/** Most requests the batch route accepts at once, once asked. */
	batchMaxItems: number | null;
	/** Pages of the Activity view, keyed by their query (see `eventsKey()`). */
	eventPages: Record< string, EventsPage >;
	/** Each credential's usage, keyed by `userId/uuid`. */
	usage: Record< string, CredentialUsage >;
	/** The credentials and owners the Activity view's filters offer, once a filter asked. */
	eventFacets: EventFacets | null;
	/** The audit settings, from the boot data; null for those who may not change them. */
	auditSettings: AuditSettings | null;
	/** The alerts the current user turned off for themselves, once fetched. */
	alertOptOuts: Array< keyof AuditAlerts > | null;
}

/** Every plain action the reducer understands. */
export type Action =
	| { type: 'SET_OWNER'; owner: OwnerSummary }
	| {
			type: 'RECEIVE_CREDENTIALS';
			ownerId: number;
			items: ApplicationPassword[];
	  }
	| { type: 'RECEIVE_OVERVIEW_PAGE'; key: string; page: OverviewPage }
	| { type: 'RECEIVE_USER_MATCHES'; search: string; users: UserMatch[] }
	| { type: 'RECEIVE_BATCH_MAX_ITEMS'; maxItems: number }
	| { type: 'RECEIVE_EVENTS_PAGE'; key: string; page: EventsPage }
	| { type: 'RECEIVE_USAGE'; key: string; usage: CredentialUsage }
	| { type: 'RECEIVE_EVENT_FACETS'; facets: EventFacets }
	| { type: 'RECEIVE_AUDIT_SETTINGS'; settings: AuditSettings | null }
	| { type: 'RECEIVE_ALERT_OPT_OUTS'; off: Array< keyof AuditAlerts > }
	| { type: 'ADD_CREDENTIAL'; ownerId: number; item: ApplicationPassword }
	| { type: 'UPDATE_CREDENTIAL'; ownerId: number; item: ApplicationPassword }
	| { type: 'REMOVE_CREDENTIALS'; uuids: string[] }
	| { type: 'REMOVE_OWNER_CREDENTIALS'; ownerId: number };

/** A credential a bulk revoke could not remove, and why. */
export interface RevokeFailure {
	item: Credential;
	error: RestError;
}

/** The outcome of revoking several credentials. */
export interface RevokeReport {
	revoked: Credential[];
	/** Answered 404, and confirmed absent from their owner's list. */
	alreadyGone: Credential[];
	failed: RevokeFailure[];
}

/** Selectors whose data a resolver fetches; the rest of the screen reads their resolution. */
export type ResolvedSelectorName =
	| 'getCredentials'
	| 'getOverviewPage'
	| 'getUserMatches'
	| 'getBatchMaxItems'
	| 'getEventsPage'
	| 'getUsage'
	| 'getEventFacets'
	| 'getAlertOptOuts';

/** The part of what @wordpress/data passes to this store's thunks that they use. */
export interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: (
			selectorName: ResolvedSelectorName
		) => void;
		invalidateResolution: (
			selectorName: ResolvedSelectorName,
			args: unknown[]
		) => void;
	};
	resolveSelect: {
		getBatchMaxItems: () => Promise< number | null >;
	};
	select: {
		getAlertOptOuts: () => Array< keyof AuditAlerts > | null;
	};
	registry: {
		dispatch: ( store: typeof noticesStore ) => {
			createSuccessNotice: (
				message: string,
				options?: Record< string, unknown >
			) => void;
		};
	};
}
