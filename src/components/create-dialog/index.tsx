/**
 * Creating a credential: a short form, then the one-time view of its password.
 */

import { Button, Modal, TextControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { CreatedApplicationPassword } from '../../api/application-passwords';
import type { OwnerSummary } from '../../api/owners';
import { useBoot } from '../../hooks/use-boot';
import { useServerAction } from '../../hooks/use-server-action';
import { store } from '../../store';
import { normaliseAppId } from '../../utils/password';
import { defaultExpiry } from '../../utils/policy';
import { DialogForm } from '../dialog-form';
import { DuplicateNameWarning } from '../duplicate-name-warning';
import { OneTimeView } from '../one-time-view';
import {
	PolicyFields,
	toCredentialPolicy,
	type PolicyInput,
} from '../policy-fields';

const SUGGESTIONS = [ 'Claude Desktop', 'Zapier', 'Internal Script' ];

interface CreateDialogProps {
	/** Whose credential to create. */
	owner: OwnerSummary;
	onClose: () => void;
}

/**
 * A modal that creates a credential for the current owner and then shows it once.
 *
 * The password lives only in this component's state, so closing the modal forgets it.
 *
 * @param props         Component props.
 * @param props.owner   Whose credential to create.
 * @param props.onClose Closes the modal.
 */
export function CreateDialog( { owner, onClose }: CreateDialogProps ) {
	const boot = useBoot();
	const { createItem } = useDispatch( store );
	const items = useSelect(
		( select ) => select( store ).getCredentials( owner.id ),
		[ owner.id ]
	);
	const [ name, setName ] = useState( '' );
	const [ appId, setAppId ] = useState( '' );
	const [ appIdError, setAppIdError ] = useState< string | null >( null );
	const [ policy, setPolicy ] = useState< PolicyInput >( () => ( {
		expiry: defaultExpiry( boot.policy, new Date() ),
		access: boot.policy?.defaultAccess ?? 'full',
		addresses: '',
	} ) );
	const { busy, error, run } = useServerAction();
	const [ created, setCreated ] =
		useState< CreatedApplicationPassword | null >( null );

	const create = async () => {
		const normalisedAppId =
			appId.trim() === '' ? '' : normaliseAppId( appId );
		if ( normalisedAppId === null ) {
			setAppIdError(
				__(
					'The App ID must be a UUID, such as 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d, or left empty.',
					'mainwp-application-passwords'
				)
			);
			return;
		}
		setAppIdError( null );
		// Where the server has no policies, none is sent (an older server ignores it anyway).
		const chosenPolicy = boot.policy
			? toCredentialPolicy( policy, new Date() )
			: undefined;
		if ( chosenPolicy === null ) {
			return;
		}
		await run( async () =>
			setCreated(
				await createItem( owner.id, {
					name: name.trim(),
					appId: normalisedAppId,
					...( chosenPolicy ? { policy: chosenPolicy } : {} ),
				} )
			)
		);
	};

	if ( created ) {
		return (
			<Modal
				title={ __(
					'Your new application password',
					'mainwp-application-passwords'
				) }
				onRequestClose={ onClose }
				size="medium"
				shouldCloseOnClickOutside={ false }
			>
				<OneTimeView
					username={ owner.login }
					password={ created.password }
					name={ created.item.name }
					siteUrl={ boot.siteUrl }
					restUrl={ boot.restUrl }
					access={ created.item.access }
					onDone={ onClose }
				/>
			</Modal>
		);
	}

	return (
		<DialogForm
			title={ __(
				'Create application password',
				'mainwp-application-passwords'
			) }
			onClose={ onClose }
			onSubmit={ create }
			error={ error }
			busy={ busy }
			confirmLabel={ __( 'Create', 'mainwp-application-passwords' ) }
			disabled={ name.trim() === '' }
		>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Name', 'mainwp-application-passwords' ) }
				help={ __(
					'Name it after the one tool that will use it, so you know what breaks when you revoke it.',
					'mainwp-application-passwords'
				) }
				value={ name }
				onChange={ setName }
				required
				autoComplete="off"
			/>
			<DuplicateNameWarning name={ name } items={ items ?? [] } />
			<div
				className="mainwp-application-passwords__suggestions"
				role="group"
				aria-label={ __(
					'Name suggestions',
					'mainwp-application-passwords'
				) }
			>
				{ SUGGESTIONS.map( ( suggestion ) => (
					<Button
						key={ suggestion }
						variant="tertiary"
						size="small"
						onClick={ () => setName( suggestion ) }
					>
						{ suggestion }
					</Button>
				) ) }
			</div>
			<TextControl
				__next40pxDefaultSize
				label={ __(
					'App ID (optional)',
					'mainwp-application-passwords'
				) }
				help={
					appIdError ??
					__(
						'A UUID that identifies the application, if it gave you one.',
						'mainwp-application-passwords'
					)
				}
				value={ appId }
				onChange={ setAppId }
				aria-invalid={ appIdError !== null }
				className={ appIdError ? 'is-invalid' : undefined }
				autoComplete="off"
			/>
			{ boot.policy && (
				<PolicyFields
					value={ policy }
					onChange={ setPolicy }
					site={ boot.policy }
				/>
			) }
		</DialogForm>
	);
}
