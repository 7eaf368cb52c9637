/**
 * Events in people's words: what happened, and who did it by which path.
 */

import { __, sprintf } from '@wordpress/i18n';

import {
	EVENT_TYPES,
	type AuditEvent,
	type EventPath,
	type EventType,
} from '../api/audit';

/**
 * Returns what an event type means, in a few words.
 *
 * @param type Event type.
 */
export function eventTypeLabel( type: string ): string {
	switch ( type as EventType ) {
		case 'created':
			return __( 'Created', 'mainwp-application-passwords' );
		case 'renamed':
			return __( 'Renamed', 'mainwp-application-passwords' );
		case 'policy_changed':
			return __( 'Policy changed', 'mainwp-application-passwords' );
		case 'revoked':
			return __( 'Revoked', 'mainwp-application-passwords' );
		case 'revoked_all':
			return __( 'All revoked', 'mainwp-application-passwords' );
		case 'rotated':
			return __(
				'Rolled to a new password',
				'mainwp-application-passwords'
			);
		case 'first_use':
			return __( 'First used', 'mainwp-application-passwords' );
		case 'new_address':
			return __(
				'Used from a new address',
				'mainwp-application-passwords'
			);
		case 'refused_expired':
			return __( 'Refused: expired', 'mainwp-application-passwords' );
		case 'refused_ip':
			return __(
				'Refused: address not allowed',
				'mainwp-application-passwords'
			);
		case 'refused_read_only':
			return __( 'Refused: read only', 'mainwp-application-passwords' );
		case 'refused_cannot_mint':
			return __(
				'Refused: may not create credentials',
				'mainwp-application-passwords'
			);
		case 'refused_rotated_out':
			return __(
				'Refused: replaced by a newer password',
				'mainwp-application-passwords'
			);
		case 'failed_sign_in':
			return __( 'Failed sign-in', 'mainwp-application-passwords' );
	}
	// A type added on the server after this screen was built: its own name, readable.
	return type.replace( /[_-]+/g, ' ' );
}

/**
 * Whether an event is something refused or failed, which the table marks as such.
 *
 * @param type Event type.
 */
export function isWarningEvent( type: string ): boolean {
	return type.startsWith( 'refused_' ) || type === 'failed_sign_in';
}

/**
 * The event types as filter options, in the order people think of them.
 */
export function eventTypeOptions(): Array< { value: string; label: string } > {
	return EVENT_TYPES.map( ( type ) => ( {
		value: type,
		label: eventTypeLabel( type ),
	} ) );
}

/**
 * Returns the path an action took, in a few words.
 *
 * @param via Which path.
 */
export function pathLabel( via: EventPath ): string {
	switch ( via ) {
		case 'screen':
			return __( 'this screen', 'mainwp-application-passwords' );
		case 'profile':
			return __( 'the profile screen', 'mainwp-application-passwords' );
		case 'mainwp':
			return __( 'MainWP’s page', 'mainwp-application-passwords' );
		case 'rest':
			return __( 'the REST API', 'mainwp-application-passwords' );
		case 'application-password':
			return __(
				'an application password',
				'mainwp-application-passwords'
			);
		case 'cli':
			return __( 'WP-CLI', 'mainwp-application-passwords' );
		case 'other':
			return __( 'another path', 'mainwp-application-passwords' );
	}
}

/**
 * Says who acted and by which path, e.g. "admin via this screen".
 *
 * @param event The event.
 */
export function describeActor( event: AuditEvent ): string {
	const path =
		event.via === 'application-password' &&
		event.viaUuid !== null &&
		event.viaUuid === event.uuid
			? __( 'this application password', 'mainwp-application-passwords' )
			: pathLabel( event.via );
	if ( ! event.actorLogin ) {
		return sprintf(
			/* translators: %s: a path such as "an application password". */
			__( 'Nobody signed in, via %s', 'mainwp-application-passwords' ),
			path
		);
	}
	return sprintf(
		/* translators: 1: username, 2: a path such as "this screen". */
		__( '%1$s via %2$s', 'mainwp-application-passwords' ),
		event.actorLogin,
		path
	);
}
