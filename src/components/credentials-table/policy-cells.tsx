/**
 * The policy's cells of the credentials table: when it expires, its access, where from, and
 * where it stands in a roll.
 */

import { Tooltip } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { isolate } from '../../utils/bidi';
import { formatSiteDateTime, parseUtc } from '../../utils/dates';
import { expiryState, formatTimeLeft } from '../../utils/policy';

function ExactTime( { value, text }: { value: string; text: string } ) {
	return (
		<Tooltip text={ formatSiteDateTime( value ) }>
			<time
				dateTime={ parseUtc( value )?.toISOString() ?? value }
				tabIndex={ 0 }
				className="mainwp-application-passwords__relative-date"
			>
				{ text }
			</time>
		</Tooltip>
	);
}

/**
 * When the credential expires, relative; "Expired" and "Expires in 3 days" are marked.
 *
 * @param props      Component props.
 * @param props.item Credential.
 */
export function ExpiresCell( { item }: { item: Credential } ) {
	const state = expiryState( item.expires, new Date() );
	if ( state === 'never' || ! item.expires ) {
		return <>{ __( 'Never', 'mainwp-application-passwords' ) }</>;
	}
	const relative = formatTimeLeft( item.expires, new Date() );
	if ( state === 'expired' ) {
		return (
			<span className="mainwp-application-passwords__badge is-expired">
				<ExactTime
					value={ item.expires }
					text={ __( 'Expired', 'mainwp-application-passwords' ) }
				/>
			</span>
		);
	}
	const text = sprintf(
		/* translators: %s: Time left, e.g. "in 3 days". */
		__( 'Expires %s', 'mainwp-application-passwords' ),
		relative
	);
	return state === 'soon' ? (
		<span className="mainwp-application-passwords__badge is-expiring">
			<ExactTime value={ item.expires } text={ text } />
		</span>
	) : (
		<ExactTime value={ item.expires } text={ text } />
	);
}

/**
 * Full or Read only.
 *
 * @param props      Component props.
 * @param props.item Credential.
 */
export function AccessCell( { item }: { item: Credential } ) {
	return item.access === 'read' ? (
		<span className="mainwp-application-passwords__badge is-read">
			{ __( 'Read only', 'mainwp-application-passwords' ) }
		</span>
	) : (
		<>{ __( 'Full', 'mainwp-application-passwords' ) }</>
	);
}

/**
 * The allowed addresses, or "Anywhere".
 *
 * @param props      Component props.
 * @param props.item Credential.
 */
export function AllowedIpsCell( { item }: { item: Credential } ) {
	if ( item.allowedIps.length === 0 ) {
		return <>{ __( 'Anywhere', 'mainwp-application-passwords' ) }</>;
	}
	return (
		<span className="mainwp-application-passwords__addresses">
			{ item.allowedIps.map( ( entry ) => (
				<code key={ entry }>{ entry }</code>
			) ) }
		</span>
	);
}

/**
 * Under the name: the credential that replaces this one and when this one stops, or the one
 * it replaces.
 *
 * @param props        Component props.
 * @param props.item   Credential.
 * @param props.nameOf Finds a credential's name by uuid, among those loaded.
 */
export function RotationNote( {
	item,
	nameOf,
}: {
	item: Credential;
	nameOf: ( uuid: string ) => string | null;
} ) {
	const rotation = item.rotation;
	if ( ! rotation ) {
		return null;
	}
	if ( rotation.replacedBy ) {
		const partner = nameOf( rotation.replacedBy );
		const stops = rotation.revokeAt ? parseUtc( rotation.revokeAt ) : null;
		let text: string;
		if ( stops && stops.getTime() <= Date.now() ) {
			text = partner
				? sprintf(
						/* translators: %s: Application password name. */
						__(
							'Rolled: replaced by “%s”; stopped working.',
							'mainwp-application-passwords'
						),
						isolate( partner )
					)
				: __(
						'Rolled: stopped working.',
						'mainwp-application-passwords'
					);
		} else if ( rotation.revokeAt ) {
			text = partner
				? sprintf(
						/* translators: 1: Application password name, 2: Relative time, e.g. "in 1 hour". */
						__(
							'Rolled: replaced by “%1$s”; stops working %2$s.',
							'mainwp-application-passwords'
						),
						isolate( partner ),
						formatTimeLeft( rotation.revokeAt, new Date() )
					)
				: sprintf(
						/* translators: %s: Relative time, e.g. "in 1 hour". */
						__(
							'Rolled: stops working %s.',
							'mainwp-application-passwords'
						),
						formatTimeLeft( rotation.revokeAt, new Date() )
					);
		} else {
			text = __(
				'Rolled: stops working after its replacement’s first use.',
				'mainwp-application-passwords'
			);
		}
		return (
			<span className="mainwp-application-passwords__rotation is-old">
				{ rotation.revokeAt ? (
					<Tooltip text={ formatSiteDateTime( rotation.revokeAt ) }>
						<span tabIndex={ 0 }>{ text }</span>
					</Tooltip>
				) : (
					text
				) }
			</span>
		);
	}
	if ( rotation.replaces ) {
		// Once the old one is gone, there is no pair left to show.
		const partner = nameOf( rotation.replaces );
		return partner ? (
			<span className="mainwp-application-passwords__rotation is-new">
				{ sprintf(
					/* translators: %s: Application password name. */
					__( 'Replaces “%s”.', 'mainwp-application-passwords' ),
					isolate( partner )
				) }
			</span>
		) : null;
	}
	return null;
}
