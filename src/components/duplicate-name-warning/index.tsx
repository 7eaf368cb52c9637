/**
 * Warns, without blocking, when a new credential's name is already used by the same owner.
 */

import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { ApplicationPassword } from '../../api/application-passwords';
import { isolate } from '../../utils/bidi';
import { formatSiteDateTime } from '../../utils/dates';

interface DuplicateNameWarningProps {
	/** The name being typed. */
	name: string;
	/** The owner's existing credentials. */
	items: ApplicationPassword[];
}

const normalise = ( value: string ) => value.trim().toLocaleLowerCase();

/**
 * Shows a warning when `name` matches an existing credential, ignoring case and outer spaces.
 *
 * WordPress core accepts duplicate names, so only this screen can point them out.
 *
 * @param props       Component props.
 * @param props.name  The name being typed.
 * @param props.items The owner's existing credentials.
 */
export function DuplicateNameWarning( {
	name,
	items,
}: DuplicateNameWarningProps ) {
	const wanted = normalise( name );
	const match =
		wanted === ''
			? undefined
			: items.find( ( item ) => normalise( item.name ) === wanted );
	return (
		// The live region speaks the warning; the Notice must not speak it a second time.
		<div role="status">
			{ match && (
				<Notice
					status="warning"
					isDismissible={ false }
					spokenMessage={ null }
				>
					{ sprintf(
						/* translators: 1: Credential name, 2: Date and time it was created. */
						__(
							'A credential named “%1$s” already exists (created %2$s). One credential per tool: if this replaces it, revoke the old one once the tool works; if it is for another tool, give it that tool’s name.',
							'mainwp-application-passwords'
						),
						isolate( match.name ),
						formatSiteDateTime( match.created )
					) }
				</Notice>
			) }
		</div>
	);
}
