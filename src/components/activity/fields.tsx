/**
 * What the Activity view shows: its columns and filters.
 */

import type { MouseEvent } from 'react';

import type { Field } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';

import type { AuditEvent } from '../../api/audit';
import {
	describeActor,
	eventTypeLabel,
	eventTypeOptions,
	isWarningEvent,
} from '../../utils/event-words';
import { ACTIVITY_FILTERS } from '../../utils/events-query';
import { RelativeDate } from '../relative-date';

/** A choice in a filter: a credential or an owner, as people read it. */
export interface FilterOption {
	value: string | number;
	label: string;
}

/** What the columns need besides the events themselves. */
export interface ActivityFieldOptions {
	/** Credentials to filter by (those seen on this visit, and the owner's). */
	credentials: FilterOption[];
	/** Every credential to filter by, asked of the server when the filter opens. */
	getCredentials?: () => Promise< FilterOption[] >;
	/** Owners to filter by; empty where the viewer sees only their own events. */
	owners: FilterOption[];
	/** Every owner to filter by, asked of the server when the filter opens. */
	getOwners?: () => Promise< FilterOption[] >;
	/** Where a row's credential lives (its owner's list), or null where the viewer cannot go. */
	credentialHref: ( event: AuditEvent ) => string | null;
	/** Opens a row's credential in its owner's list, on this page. */
	onOpenCredential: ( event: AuditEvent ) => void;
}

/**
 * Returns the Activity view's columns and filters.
 *
 * @param options Filter choices and the link to a credential.
 */
export function activityFields(
	options: ActivityFieldOptions
): Field< AuditEvent >[] {
	const fields: Field< AuditEvent >[] = [
		{
			id: ACTIVITY_FILTERS.time,
			label: __( 'Time', 'mainwp-application-passwords' ),
			type: 'date',
			enableHiding: false,
			filterBy: { operators: [ 'between', 'on' ] },
			getValue: ( { item } ) => item.time.slice( 0, 10 ),
			render: ( { item } ) => <RelativeDate value={ item.time } />,
		},
		{
			id: ACTIVITY_FILTERS.type,
			label: __( 'Event', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			enableHiding: false,
			elements: eventTypeOptions(),
			filterBy: { operators: [ 'isAny' ] },
			getValue: ( { item } ) => item.type,
			render: ( { item } ) => (
				<span
					className={
						isWarningEvent( item.type )
							? 'mainwp-application-passwords__event is-warning'
							: 'mainwp-application-passwords__event'
					}
				>
					{ eventTypeLabel( item.type ) }
				</span>
			),
		},
		{
			id: ACTIVITY_FILTERS.credential,
			label: __( 'Application password', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			elements: options.credentials,
			getElements: options.getCredentials,
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => item.uuid ?? '',
			render: ( { item } ) => {
				if ( ! item.name && ! item.uuid ) {
					return <>—</>;
				}
				const name = <bdi>{ item.name ?? item.uuid }</bdi>;
				const href = item.uuid ? options.credentialHref( item ) : null;
				if ( ! href ) {
					return name;
				}
				return (
					<a
						href={ href }
						onClick={ ( event: MouseEvent ) => {
							// A new tab or window gets the link; this one switches in place.
							if (
								event.metaKey ||
								event.ctrlKey ||
								event.shiftKey ||
								event.button !== 0
							) {
								return;
							}
							event.preventDefault();
							options.onOpenCredential( item );
						} }
					>
						{ name }
					</a>
				);
			},
		},
	];
	fields.push( {
		id: ACTIVITY_FILTERS.owner,
		label: __( 'Owner', 'mainwp-application-passwords' ),
		type: 'text',
		enableSorting: false,
		...( options.owners.length
			? {
					elements: options.owners,
					getElements: options.getOwners,
					filterBy: { operators: [ 'is' ] },
				}
			: { filterBy: false } ),
		getValue: ( { item } ) => item.userId,
		render: ( { item } ) => <>{ item.userLogin || '—' }</>,
	} );
	fields.push(
		{
			id: 'actor',
			label: __( 'By', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => describeActor( item ),
		},
		{
			id: 'ip',
			label: __( 'Address', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) => item.ip ?? '',
			render: ( { item } ) => <>{ item.ip ?? '—' }</>,
		},
		{
			id: 'route',
			label: __( 'Route', 'mainwp-application-passwords' ),
			type: 'text',
			enableSorting: false,
			filterBy: false,
			getValue: ( { item } ) =>
				[ item.method, item.route ].filter( Boolean ).join( ' ' ),
			render: ( { item } ) =>
				item.route ? (
					<code>
						{ [ item.method, item.route ]
							.filter( Boolean )
							.join( ' ' ) }
					</code>
				) : (
					<>—</>
				),
		}
	);
	return fields;
}
