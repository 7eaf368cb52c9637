/**
 * Revoking every credential of the owner: incident response and full rotation.
 */

import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { createInterpolateElement, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { OwnerSummary } from '../../api/owners';
import { useServerAction } from '../../hooks/use-server-action';
import { store } from '../../store';
import { DialogForm } from '../dialog-form';

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
	const { busy, error, run } = useServerAction();
	const confirmed = typed.trim() === owner.login;

	const revokeAll = async () => {
		if ( await run( () => revokeAllItems( owner.id ) ) ) {
			onClose();
		}
	};

	return (
		<DialogForm
			title={ __(
				'Revoke all application passwords',
				'mainwp-application-passwords'
			) }
			onClose={ onClose }
			onSubmit={ revokeAll }
			error={ error }
			busy={ busy }
			confirmLabel={ __( 'Revoke all', 'mainwp-application-passwords' ) }
			disabled={ ! confirmed }
			isDestructive
		>
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
					__( 'Type %s to confirm', 'mainwp-application-passwords' ),
					owner.login
				) }
				value={ typed }
				onChange={ setTyped }
				autoComplete="off"
			/>
		</DialogForm>
	);
}
