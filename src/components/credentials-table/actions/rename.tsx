/**
 * The Rename action and its modal, side by side as in Gutenberg's `rename-post.tsx`.
 */

import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import type { Action } from '@wordpress/dataviews/wp';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { pencil } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';
import { useServerAction } from '../../../hooks/use-server-action';
import { store } from '../../../store';
import { DialogForm } from '../../dialog-form';

interface RenameModalProps {
	items: Credential[];
	closeModal?: () => void;
}

/**
 * A one-field form that renames a credential and keeps what was typed when the server refuses.
 *
 * @param props            Component props.
 * @param props.items      The credential, alone in a list.
 * @param props.closeModal Closes the modal.
 */
function RenameModal( { items, closeModal }: RenameModalProps ) {
	const item = items[ 0 ]!;
	const { renameItem } = useDispatch( store );
	const [ name, setName ] = useState( item.name );
	const { busy, error, run } = useServerAction();

	const rename = async () => {
		if (
			await run( () =>
				renameItem( item.owner.id, item.uuid, name.trim() )
			)
		) {
			closeModal?.();
		}
	};

	return (
		<DialogForm
			onClose={ closeModal }
			onSubmit={ rename }
			error={ error }
			busy={ busy }
			confirmLabel={ __( 'Save', 'mainwp-application-passwords' ) }
			disabled={ name.trim() === '' }
		>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Name', 'mainwp-application-passwords' ) }
				value={ name }
				onChange={ setName }
				required
				autoComplete="off"
			/>
		</DialogForm>
	);
}

/** Renames one credential, where the owner's rights allow it. */
export const renameAction: Action< Credential > = {
	id: 'rename',
	label: __( 'Rename', 'mainwp-application-passwords' ),
	icon: pencil,
	isPrimary: true,
	isEligible: ( item ) => item.owner.rights.edit,
	modalHeader: __(
		'Rename application password',
		'mainwp-application-passwords'
	),
	RenderModal: RenameModal,
};
