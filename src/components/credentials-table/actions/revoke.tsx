/**
 * The Revoke action (one or several credentials) and its confirmation modal.
 */

import { useDispatch } from '@wordpress/data';
import type { Action } from '@wordpress/dataviews/wp';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { trash } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';
import { store } from '../../../store';
import type { RevokeFailure } from '../../../store/types';
import { isolate } from '../../../utils/bidi';
import { DialogForm } from '../../dialog-form';

interface RevokeModalProps {
	items: Credential[];
	closeModal?: () => void;
}

/**
 * Names what will be revoked, revokes it, and lists any credential that could not be revoked.
 *
 * @param props            Component props.
 * @param props.items      Credentials to revoke.
 * @param props.closeModal Closes the modal.
 */
function RevokeModal( { items, closeModal }: RevokeModalProps ) {
	const { revokeItems } = useDispatch( store );
	const [ busy, setBusy ] = useState( false );
	const [ failures, setFailures ] = useState< RevokeFailure[] >( [] );

	const revoke = async () => {
		setBusy( true );
		const report = await revokeItems(
			failures.length
				? failures.map( ( failure ) => failure.item )
				: items
		);
		setBusy( false );
		if ( report.failed.length === 0 ) {
			closeModal?.();
		} else {
			setFailures( report.failed );
		}
	};

	const first = items[ 0 ]!;
	// Across owners (the all-users view) a name alone may not say whose credential it is.
	const manyOwners =
		new Set( items.map( ( item ) => item.owner.id ) ).size > 1;
	const describe = ( item: Credential ) =>
		manyOwners
			? sprintf(
					/* translators: 1: Application password name, 2: Owner's username. */
					__( '%1$s (%2$s)', 'mainwp-application-passwords' ),
					isolate( item.name ),
					item.owner.login
				)
			: isolate( item.name );
	const failureReport = failures.length > 0 && (
		<>
			<p>
				{ sprintf(
					/* translators: %d: Number of application passwords. */
					_n(
						'%d application password could not be revoked:',
						'%d application passwords could not be revoked:',
						failures.length,
						'mainwp-application-passwords'
					),
					failures.length
				) }
			</p>
			<ul>
				{ failures.map( ( { item, error } ) => (
					<li key={ item.uuid }>
						{ describe( item ) }: { error.message }
					</li>
				) ) }
			</ul>
		</>
	);

	return (
		<DialogForm
			className="mainwp-application-passwords__confirm"
			onClose={ closeModal }
			onSubmit={ revoke }
			error={ failureReport }
			busy={ busy }
			cancelLabel={
				failures.length
					? __( 'Close', 'mainwp-application-passwords' )
					: __( 'Cancel', 'mainwp-application-passwords' )
			}
			confirmLabel={
				failures.length
					? __( 'Try again', 'mainwp-application-passwords' )
					: _n(
							'Revoke',
							'Revoke all selected',
							items.length,
							'mainwp-application-passwords'
						)
			}
			isDestructive
		>
			{ failures.length === 0 && (
				<p>
					{ items.length === 1
						? sprintf(
								/* translators: %s: Application password name. */
								__(
									'Revoke “%s”? Any tool using it loses access at once. This cannot be undone.',
									'mainwp-application-passwords'
								),
								isolate( first.name )
							)
						: sprintf(
								/* translators: %d: Number of application passwords. */
								__(
									'Revoke these %d application passwords? Every tool using them loses access at once. This cannot be undone.',
									'mainwp-application-passwords'
								),
								items.length
							) }
				</p>
			) }
			{ items.length > 1 && failures.length === 0 && (
				<ul className="mainwp-application-passwords__confirm-list">
					{ items.map( ( item ) => (
						<li key={ item.uuid }>{ describe( item ) }</li>
					) ) }
				</ul>
			) }
		</DialogForm>
	);
}

/** Revokes one credential or the selected ones, where the owners' rights allow it. */
export const revokeAction: Action< Credential > = {
	id: 'revoke',
	label: __( 'Revoke', 'mainwp-application-passwords' ),
	icon: trash,
	isPrimary: true,
	supportsBulk: true,
	isEligible: ( item ) => item.owner.rights.delete,
	modalHeader: ( items ) =>
		items.length === 1
			? __(
					'Revoke application password',
					'mainwp-application-passwords'
				)
			: sprintf(
					/* translators: %d: Number of application passwords. */
					__(
						'Revoke %d application passwords',
						'mainwp-application-passwords'
					),
					items.length
				),
	RenderModal: RevokeModal,
};
