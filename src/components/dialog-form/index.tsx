/**
 * The skeleton every dialog shares: a form with the server's error on top, its fields, and
 * Cancel / confirm buttons that show progress; in a modal of its own unless DataViews opened one.
 */

import type { FormEvent, ReactNode } from 'react';

import { Button, Modal, Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface DialogFormProps {
	/** Title of the modal to open; without it, the form fills a modal DataViews opened. */
	title?: string;
	/** Closes the dialog. */
	onClose?: () => void;
	/** Does the dialog's work; the form's default submission is prevented. */
	onSubmit: () => void;
	/** What the server refused, shown above the fields. */
	error?: ReactNode;
	/** Whether the work is in flight: the confirm button shows progress and waits. */
	busy: boolean;
	confirmLabel: string;
	cancelLabel?: string;
	/** Whether confirming is not possible yet. */
	disabled?: boolean;
	/** Whether confirming destroys something. */
	isDestructive?: boolean;
	className?: string;
	children: ReactNode;
}

/**
 * A dialog's form: error, fields, and buttons, optionally in its own modal.
 *
 * @param props               Component props.
 * @param props.title         Title of its own modal, if it opens one.
 * @param props.onClose       Closes the dialog.
 * @param props.onSubmit      Does the work.
 * @param props.error         The server's refusal.
 * @param props.busy          Whether the work is in flight.
 * @param props.confirmLabel  Label of the confirm button.
 * @param props.cancelLabel   Label of the cancel button.
 * @param props.disabled      Whether confirming is not possible yet.
 * @param props.isDestructive Whether confirming destroys something.
 * @param props.className     Class of the form.
 * @param props.children      The fields, or what the dialog says.
 */
export function DialogForm( {
	title,
	onClose,
	onSubmit,
	error,
	busy,
	confirmLabel,
	cancelLabel = __( 'Cancel', 'mainwp-application-passwords' ),
	disabled = false,
	isDestructive = false,
	className = 'mainwp-application-passwords__form',
	children,
}: DialogFormProps ) {
	const submit = ( event: FormEvent ) => {
		event.preventDefault();
		if ( ! busy && ! disabled ) {
			onSubmit();
		}
	};
	const form = (
		<form onSubmit={ submit } className={ className }>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ children }
			<div className="mainwp-application-passwords__dialog-actions">
				<Button variant="tertiary" onClick={ onClose }>
					{ cancelLabel }
				</Button>
				<Button
					variant="primary"
					isDestructive={ isDestructive }
					type="submit"
					isBusy={ busy }
					disabled={ busy || disabled }
				>
					{ confirmLabel }
				</Button>
			</div>
		</form>
	);
	if ( ! title ) {
		return form;
	}
	return (
		<Modal
			title={ title }
			onRequestClose={ onClose ?? ( () => {} ) }
			size="medium"
		>
			{ form }
		</Modal>
	);
}
