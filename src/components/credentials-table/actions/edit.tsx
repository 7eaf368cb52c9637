/**
 * The Edit action (name and policy) and its modal, side by side as in Gutenberg's
 * `rename-post.tsx`.
 */

import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import type { Action } from '@wordpress/dataviews/wp';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { pencil } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';
import type { CredentialPolicy } from '../../../api/policy';
import { useBoot } from '../../../hooks/use-boot';
import { useServerAction } from '../../../hooks/use-server-action';
import { store } from '../../../store';
import { currentExpiry } from '../../../utils/policy';
import { DialogForm } from '../../dialog-form';
import {
	PolicyFields,
	toCredentialPolicy,
	type PolicyInput,
} from '../../policy-fields';

interface EditModalProps {
	items: Credential[];
	closeModal?: () => void;
}

const samePolicy = ( a: CredentialPolicy, b: CredentialPolicy ) =>
	a.expires === b.expires &&
	a.access === b.access &&
	a.allowedIps.join( '\n' ) === b.allowedIps.join( '\n' );

/**
 * A form that renames a credential and changes its policy, and keeps what was typed when the
 * server refuses. An unchanged policy is not sent, so a rename stays a rename.
 *
 * @param props            Component props.
 * @param props.items      The credential, alone in a list.
 * @param props.closeModal Closes the modal.
 */
function EditModal( { items, closeModal }: EditModalProps ) {
	const item = items[ 0 ]!;
	const boot = useBoot();
	const { updateItem } = useDispatch( store );
	const [ name, setName ] = useState( item.name );
	const [ initialExpiry ] = useState( () => currentExpiry( item.expires ) );
	const [ policy, setPolicy ] = useState< PolicyInput >( () => ( {
		expiry: initialExpiry,
		access: item.access,
		addresses: item.allowedIps.join( '\n' ),
	} ) );
	const { busy, error, run } = useServerAction();

	const save = async () => {
		let changedPolicy: CredentialPolicy | undefined;
		if ( boot.policy ) {
			const chosen = toCredentialPolicy( policy, new Date() );
			if ( ! chosen ) {
				return;
			}
			// The date field shows the day only: an untouched day keeps the exact time.
			const unchangedDay =
				policy.expiry.choice === initialExpiry.choice &&
				policy.expiry.date === initialExpiry.date;
			const next = unchangedDay
				? { ...chosen, expires: item.expires }
				: chosen;
			changedPolicy = samePolicy( next, item ) ? undefined : next;
		}
		if (
			await run( () =>
				updateItem( item, {
					name: name.trim(),
					...( changedPolicy ? { policy: changedPolicy } : {} ),
				} )
			)
		) {
			closeModal?.();
		}
	};

	return (
		<DialogForm
			onClose={ closeModal }
			onSubmit={ save }
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
			{ boot.policy && (
				<PolicyFields
					value={ policy }
					onChange={ setPolicy }
					site={ boot.policy }
					lastIp={ item.lastIp }
				/>
			) }
		</DialogForm>
	);
}

/** Renames a credential and changes its policy, where the owner's rights allow it. */
export const editAction: Action< Credential > = {
	id: 'edit',
	label: __( 'Edit', 'mainwp-application-passwords' ),
	icon: pencil,
	isPrimary: true,
	isEligible: ( item ) => item.owner.rights.edit,
	modalHeader: __(
		'Edit application password',
		'mainwp-application-passwords'
	),
	RenderModal: EditModal,
};
