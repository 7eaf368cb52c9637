/**
 * The Activity view's data hook: one page of events at a time, searched, filtered and paged by
 * the server, and the credentials and owners its filters offer.
 */

import { useDispatch, useRegistry, useSelect } from '@wordpress/data';
import type { Field, View } from '@wordpress/dataviews/wp';
import { getSettings } from '@wordpress/date';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';

import type { Credential } from '../../api/application-passwords';
import type { AuditEvent, EventFacets, EventsQuery } from '../../api/audit';
import type { RestError } from '../../api/errors';
import type { BootData } from '../../boot';
import { useLatest } from '../../hooks/use-latest';
import { useStoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';
import { toEventsQuery } from '../../utils/events-query';
import {
	activityFields,
	type ActivityFieldOptions,
	type FilterOption,
} from './fields';

/** The rows to show now, their columns, and how loading them went. */
export interface ActivityRows {
	data: AuditEvent[];
	fields: Field< AuditEvent >[];
	paginationInfo: { totalItems: number; totalPages: number };
	isLoading: boolean;
	error: RestError | null;
	retry: () => void;
	/** The server query of the view (for the CSV export of the same events). */
	query: EventsQuery;
	/** Remembers a credential's name, so that a filter set from its row can name it. */
	rememberCredential: ( item: Credential ) => void;
}

type Named = Record< string, string >;

/**
 * Turns named values into filter choices, sorted as people read them.
 *
 * @param named   Labels by value.
 * @param toValue Turns a key back into the value (owners' ids are numbers).
 */
function toOptions(
	named: Named,
	toValue: ( key: string ) => string | number = String
): FilterOption[] {
	return Object.entries( named )
		.map( ( [ value, label ] ) => ( { value: toValue( value ), label } ) )
		.sort( ( a, b ) => a.label.localeCompare( b.label ) );
}

/** The site's UTC offset in hours, as WordPress prints it for @wordpress/date. */
function siteOffset(): number {
	const offset = Number( getSettings().timezone.offset );
	return Number.isFinite( offset ) ? offset : 0;
}

/**
 * Resolves the page the view asks for (again after changes on this screen, which invalidate
 * events), keeping the last page shown meanwhile.
 *
 * @param view         The Activity view.
 * @param onChangeView Changes the view (to the last page, when the one shown is past it).
 * @param enabled      Whether the Activity view is shown, and so fetched.
 * @param links        How a row links to its credential.
 * @param boot         Boot data: the owner the page opened on, and what the viewer may see.
 */
export function useActivityRows(
	view: View,
	onChangeView: ( view: View ) => void,
	enabled: boolean,
	links: Pick< ActivityFieldOptions, 'credentialHref' | 'onOpenCredential' >,
	boot: Pick< BootData, 'owner' | 'canViewAll' | 'canPickOwner' >
): ActivityRows {
	const { invalidateResolution } = useDispatch( store );
	const query = useMemo(
		() => toEventsQuery( view, siteOffset() ),
		[ view ]
	);
	const page = useStoreQuery( 'getEventsPage', [ query ], enabled );
	const shown = useLatest( page.data );
	const totalPages = shown?.totalPages ?? 0;
	const [ credentials, setCredentials ] = useState< Named >( {} );
	const [ owners, setOwners ] = useState< Named >( () => ( {
		[ boot.owner.id ]: boot.owner.login,
	} ) );

	// Every credential and owner seen on this visit can be chosen in the filters.
	useEffect( () => {
		if ( ! page.data?.items.length ) {
			return;
		}
		setCredentials( ( known ) => ( {
			...known,
			...Object.fromEntries(
				page.data!.items.flatMap( ( event ) =>
					event.uuid
						? [
								[
									event.uuid,
									known[ event.uuid ] ??
										`${ event.name ?? event.uuid } (${ event.userLogin })`,
								],
							]
						: []
				)
			),
		} ) );
		setOwners( ( known ) => ( {
			...known,
			...Object.fromEntries(
				page.data!.items.map( ( event ) => [
					event.userId,
					event.userLogin,
				] )
			),
		} ) );
	}, [ page.data ] );

	const rememberCredential = useCallback( ( item: Credential ) => {
		setCredentials( ( known ) => ( {
			...known,
			[ item.uuid ]: `${ item.name } (${ item.owner.login })`,
		} ) );
		setOwners( ( known ) => ( {
			...known,
			[ item.owner.id ]: item.owner.login,
		} ) );
	}, [] );

	useEffect( () => {
		if ( enabled && totalPages > 0 && ( view.page ?? 1 ) > totalPages ) {
			onChangeView( { ...view, page: totalPages } );
		}
	}, [ enabled, totalPages, view, onChangeView ] );

	// The owner's credentials, as the screen already holds them, can be chosen too.
	const ownerItems = useSelect(
		( select ) => {
			const owner = select( store ).getOwner();
			return owner && enabled
				? select( store ).getCredentials( owner.id )
				: null;
		},
		[ enabled ]
	);
	useEffect( () => {
		ownerItems?.forEach( rememberCredential );
	}, [ ownerItems, rememberCredential ] );

	const seesOthers = boot.canViewAll || boot.canPickOwner;
	const { credentialHref, onOpenCredential } = links;
	// When a filter opens (or shows a chosen value), every credential and owner the server has
	// events of and lets the viewer see, besides those already seen on this visit.
	const registry = useRegistry();
	// Kept by the store: asked once, and again after a change on this screen.
	const facets = useCallback(
		async (): Promise< EventFacets > =>
			( await registry.resolveSelect( store ).getEventFacets() ) ?? {
				credentials: [],
				owners: [],
			},
		[ registry ]
	);
	const getCredentials = useCallback(
		async () =>
			toOptions( {
				...Object.fromEntries(
					( await facets() ).credentials.map( ( item ) => [
						item.uuid,
						`${ item.name || item.uuid } (${
							item.userLogin || `#${ item.userId }`
						})`,
					] )
				),
				...credentials,
			} ),
		[ credentials, facets ]
	);
	const getOwners = useCallback(
		async () =>
			toOptions(
				{
					...Object.fromEntries(
						( await facets() ).owners.map( ( owner ) => [
							owner.id,
							owner.login || `#${ owner.id }`,
						] )
					),
					...owners,
				},
				Number
			),
		[ owners, facets ]
	);
	const fields = useMemo(
		() =>
			activityFields( {
				credentials: toOptions( credentials ),
				getCredentials,
				owners: seesOthers ? toOptions( owners, Number ) : [],
				getOwners: seesOthers ? getOwners : undefined,
				credentialHref,
				onOpenCredential,
			} ),
		[
			credentials,
			owners,
			seesOthers,
			getCredentials,
			getOwners,
			credentialHref,
			onOpenCredential,
		]
	);

	return {
		data: shown?.items ?? [],
		fields,
		paginationInfo: { totalItems: shown?.total ?? 0, totalPages },
		isLoading:
			( page.data === null && ! page.hasResolved ) || page.isResolving,
		error: page.error,
		retry: () => invalidateResolution( 'getEventsPage', [ query ] ),
		query,
		rememberCredential,
	};
}
