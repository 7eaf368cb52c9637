/**
 * Parts of the screen its first view does not need (dialogs, the one-time view and its
 * snippets), loaded as separate chunks the first time they are shown.
 */

import type { ComponentType } from 'react';

import { Notice } from '@wordpress/components';
import { lazy } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Says that a part could not be loaded (offline, or a build replaced meanwhile).
 *
 * @param props         Component props.
 * @param props.onClose Closes the part, when it has a way out.
 */
function PartMissing( { onClose }: { onClose?: () => void } ) {
	return (
		<Notice
			status="error"
			onRemove={ onClose }
			isDismissible={ Boolean( onClose ) }
		>
			{ __(
				'This part of the screen could not be loaded. Reload the page and try again.',
				'mainwp-application-passwords'
			) }
		</Notice>
	);
}

/**
 * A component loaded by `import()` when first rendered; render it inside `<Suspense>`.
 *
 * @param load Imports the module, e.g. `() => import( '../create-dialog' )`.
 * @param pick Picks the component from the module.
 */
export function lazyPart< Module, Props extends object >(
	load: () => Promise< Module >,
	pick: ( module: Module ) => ComponentType< Props >
) {
	return lazy( () =>
		load().then(
			( module ) => ( { default: pick( module ) } ),
			() => ( {
				default: PartMissing as unknown as ComponentType< Props >,
			} )
		)
	);
}
