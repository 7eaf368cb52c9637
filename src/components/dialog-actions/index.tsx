/**
 * The Cancel / confirm row at the bottom of every dialog.
 */

import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface DialogActionsProps {
	onCancel?: () => void;
	cancelLabel?: string;
	confirmLabel: string;
	/** Without it, the confirm button submits the surrounding form. */
	onConfirm?: () => void;
	busy: boolean;
	disabled?: boolean;
	isDestructive?: boolean;
}

/**
 * Cancels or confirms a dialog; the confirm button shows progress while busy.
 *
 * @param props               Component props.
 * @param props.onCancel      Closes the dialog.
 * @param props.cancelLabel   Label of the cancel button.
 * @param props.confirmLabel  Label of the confirm button.
 * @param props.onConfirm     Confirms, when not submitting a form.
 * @param props.busy          Whether the confirmed work is in flight.
 * @param props.disabled      Whether confirming is not possible yet.
 * @param props.isDestructive Whether confirming destroys something.
 */
export function DialogActions( {
	onCancel,
	cancelLabel = __( 'Cancel', 'mainwp-application-passwords' ),
	confirmLabel,
	onConfirm,
	busy,
	disabled = false,
	isDestructive = false,
}: DialogActionsProps ) {
	return (
		<div className="mainwp-application-passwords__dialog-actions">
			<Button variant="tertiary" onClick={ onCancel }>
				{ cancelLabel }
			</Button>
			<Button
				variant="primary"
				isDestructive={ isDestructive }
				type={ onConfirm ? 'button' : 'submit' }
				onClick={ onConfirm }
				isBusy={ busy }
				disabled={ busy || disabled }
			>
				{ confirmLabel }
			</Button>
		</div>
	);
}
