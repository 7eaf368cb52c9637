/**
 * A Copy button that tells the truth about whether anything was copied.
 */

import { Button } from '@wordpress/components';
import { useCopyToClipboard } from '@wordpress/compose';
import { useEffect, useState, type RefObject } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { displayShortcut } from '@wordpress/keycodes';

interface CopyButtonProps {
	/** The text to copy. */
	text: string;
	/** What is being copied, for the button's accessible name, e.g. "password". */
	label: string;
	/** The element showing the text; selected when the browser refuses to copy. */
	targetRef: RefObject< HTMLElement | null >;
}

type CopyState = 'idle' | 'copying' | 'copied' | 'manual';

/** How long a copy may take before the button says it did not happen. */
const COPY_CONFIRMATION_MS = 1000;

/** How long "Copied" stays before the button reads "Copy" again. */
const COPIED_SHOWN_MS = 4000;

function selectContents( element: HTMLElement ) {
	const selection = element.ownerDocument.defaultView?.getSelection();
	if ( ! selection ) {
		return;
	}
	const range = element.ownerDocument.createRange();
	range.selectNodeContents( element );
	selection.removeAllRanges();
	selection.addRange( range );
}

/**
 * Copies through @wordpress/compose (the Clipboard API, or its fallback on plain http); when
 * the browser refuses, selects the text and says which keys copy it.
 *
 * @param props           Component props.
 * @param props.text      The text to copy.
 * @param props.label     What is being copied.
 * @param props.targetRef The element showing the text.
 */
export function CopyButton( { text, label, targetRef }: CopyButtonProps ) {
	const [ state, setState ] = useState< CopyState >( 'idle' );
	const copyRef = useCopyToClipboard< HTMLButtonElement >( text, () =>
		setState( 'copied' )
	);

	useEffect( () => {
		// The hook reports only success, so no word from it after a moment means it failed.
		if ( state === 'copying' ) {
			const giveUp = window.setTimeout( () => {
				if ( targetRef.current ) {
					selectContents( targetRef.current );
				}
				setState( 'manual' );
			}, COPY_CONFIRMATION_MS );
			return () => window.clearTimeout( giveUp );
		}
		if ( state === 'copied' ) {
			const reset = window.setTimeout(
				() => setState( 'idle' ),
				COPIED_SHOWN_MS
			);
			return () => window.clearTimeout( reset );
		}
	}, [ state, targetRef ] );

	return (
		<span className="mainwp-application-passwords__copy">
			<Button
				ref={ copyRef }
				variant="secondary"
				size="compact"
				// Capture runs before the hook's own click listener, so its success comes after.
				onClickCapture={ () => setState( 'copying' ) }
				label={ sprintf(
					/* translators: %s: What is copied, e.g. "password". */
					__( 'Copy %s', 'mainwp-application-passwords' ),
					label
				) }
				showTooltip={ false }
			>
				{ state === 'copied'
					? __( 'Copied', 'mainwp-application-passwords' )
					: __( 'Copy', 'mainwp-application-passwords' ) }
			</Button>
			<span
				className="mainwp-application-passwords__copy-status"
				role="status"
			>
				{ state === 'copied' &&
					sprintf(
						/* translators: %s: What was copied, e.g. "password". */
						__( 'Copied the %s.', 'mainwp-application-passwords' ),
						label
					) }
				{ state === 'manual' &&
					sprintf(
						/* translators: %s: Keyboard shortcut that copies, e.g. "Ctrl+C" or "⌘C". */
						__(
							'Your browser does not allow copying here. The text is selected: press %s to copy it.',
							'mainwp-application-passwords'
						),
						displayShortcut.primary( 'c' )
					) }
			</span>
		</span>
	);
}
