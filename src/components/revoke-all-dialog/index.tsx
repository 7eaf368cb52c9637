/**
 * Revoking every credential of the owner: incident response and full rotation.
 */

import { Modal, Notice, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { createInterpolateElement, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { OwnerSummary } from '../../api/owners';
import { useServerAction } from '../../hooks/use-server-action';
import { store } from '../../store';
import { DialogActions } from '../dialog-actions';

interface RevokeAllDialogProps {
	/** Whose credentials to revoke. */
	owner: OwnerSummary;
	count: number;
	onClose: () => void;
}

/**
 * Asks the user to type the owner's username, then revokes all of the owner's credentials.
 *
 * @param props         Component props.
 * @param props.owner   Whose credentials to revoke.
 * @param props.count   How many credentials the owner has.
 * @param props.onClose Closes the modal.
 */
export function RevokeAllDialog( {
	owner,
	count,
	onClose,
}: RevokeAllDialogProps ) {
	const { revokeAllItems } = useDispatch( store );
	const [ typed, setTyped ] = useState( '' );
	const { busy: working, error, run } = useServerAction();
	const confirmed = typed.trim() === owner.login;

	const submit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		if ( ! confirmed ) {
			return;
		}
		if ( await run( () => revokeAllItems( owner.id ) ) ) {
			onClose();
		}
	};

	return (
		<Modal
			title={ __(
				'Revoke all application passwords',
				'mainwp-application-passwords'
			) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form
				onSubmit={ submit }
				className="mainwp-application-passwords__form"
			>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				<p>
					{ sprintf(
						/* translators: 1: Number of application passwords, 2: Username. */
						_n(
							'This revokes %1$d application password of %2$s at once. Every tool using it stops working until you give it a new one.',
							'This revokes all %1$d application passwords of %2$s at once. Every tool using them stops working until you give it a new one.',
							count,
							'mainwp-application-passwords'
						),
						count,
						owner.login
					) }
				</p>
				{ /* Visible as typed, since control labels are shown in capitals. */ }
				<p aria-hidden="true">
					{ createInterpolateElement(
						sprintf(
							/* translators: %s: Username. */
							__(
								'To confirm, type <code>%s</code>:',
								'mainwp-application-passwords'
							),
							owner.login
						),
						{ code: <code /> }
					) }
				</p>
				<TextControl
					__next40pxDefaultSize
					hideLabelFromVision
					label={ sprintf(
						/* translators: %s: Username. */
						__(
							'Type %s to confirm',
							'mainwp-application-passwords'
						),
						owner.login
					) }
					value={ typed }
					onChange={ setTyped }
					autoComplete="off"
				/>
				<DialogActions
					onCancel={ onClose }
					confirmLabel={ __(
						'Revoke all',
						'mainwp-application-passwords'
					) }
					busy={ working }
					disabled={ ! confirmed }
					isDestructive
				/>
			</form>
		</Modal>
	);
}
