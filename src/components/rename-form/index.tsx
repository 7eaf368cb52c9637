/**
 * Renaming a credential, as a DataViews action modal.
 */

import { Notice, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { useServerAction } from '../../hooks/use-server-action';
import { store } from '../../store';
import { DialogActions } from '../dialog-actions';

interface RenameFormProps {
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
export function RenameForm( { items, closeModal }: RenameFormProps ) {
	const item = items[ 0 ]!;
	const { renameItem } = useDispatch( store );
	const [ name, setName ] = useState( item.name );
	const { busy: saving, error, run } = useServerAction();

	const submit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		if (
			await run( () =>
				renameItem( item.owner.id, item.uuid, name.trim() )
			)
		) {
			closeModal?.();
		}
	};

	return (
		<form
			onSubmit={ submit }
			className="mainwp-application-passwords__form"
		>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Name', 'mainwp-application-passwords' ) }
				value={ name }
				onChange={ setName }
				required
				autoComplete="off"
			/>
			<DialogActions
				onCancel={ closeModal }
				confirmLabel={ __( 'Save', 'mainwp-application-passwords' ) }
				busy={ saving }
				disabled={ name.trim() === '' }
			/>
		</form>
	);
}
