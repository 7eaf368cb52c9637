/**
 * A Copy button that tells the truth about whether anything was copied.
 */

import { Button } from '@wordpress/components';
import { useEffect, useState, type RefObject } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

interface CopyButtonProps {
	/** The text to copy. */
	text: string;
	/** What is being copied, for the button's accessible name, e.g. "password". */
	label: string;
	/** The element showing the text; selected when the clipboard cannot be used. */
	targetRef: RefObject< HTMLElement | null >;
}

type CopyState = 'idle' | 'copied' | 'manual';

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

const isMac = () => /Mac|iPhone|iPad/.test( window.navigator.platform );

/**
 * Copies through the Clipboard API where there is one; elsewhere (e.g. plain http) selects
 * the text and says which keys copy it.
 *
 * @param props           Component props.
 * @param props.text      The text to copy.
 * @param props.label     What is being copied.
 * @param props.targetRef The element showing the text.
 */
export function CopyButton( { text, label, targetRef }: CopyButtonProps ) {
	const [ state, setState ] = useState< CopyState >( 'idle' );

	useEffect( () => {
		if ( state !== 'copied' ) {
			return;
		}
		const reset = window.setTimeout( () => setState( 'idle' ), 4000 );
		return () => window.clearTimeout( reset );
	}, [ state ] );

	const fallBack = () => {
		if ( targetRef.current ) {
			selectContents( targetRef.current );
		}
		setState( 'manual' );
	};

	const copy = async () => {
		if ( ! window.isSecureContext || ! window.navigator.clipboard ) {
			fallBack();
			return;
		}
		try {
			await window.navigator.clipboard.writeText( text );
			setState( 'copied' );
		} catch {
			fallBack();
		}
	};

	return (
		<span className="mainwp-application-passwords__copy">
			<Button
				variant="secondary"
				size="compact"
				onClick={ copy }
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
					( isMac()
						? __(
								'Your browser does not allow copying here. The text is selected: press ⌘C to copy it.',
								'mainwp-application-passwords'
							)
						: __(
								'Your browser does not allow copying here. The text is selected: press Ctrl+C to copy it.',
								'mainwp-application-passwords'
							) ) }
			</span>
		</span>
	);
}
