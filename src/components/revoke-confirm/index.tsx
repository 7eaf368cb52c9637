/**
 * Confirming a revoke of one or several credentials, as a DataViews action modal.
 */

import { Notice } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Credential } from '../../api/application-passwords';
import { store } from '../../store';
import { DialogActions } from '../dialog-actions';
import type { RevokeFailure } from '../../store/types';

interface RevokeConfirmProps {
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
export function RevokeConfirm( { items, closeModal }: RevokeConfirmProps ) {
	const { revokeItems } = useDispatch( store );
	const [ working, setWorking ] = useState( false );
	const [ failures, setFailures ] = useState< RevokeFailure[] >( [] );

	const revoke = async () => {
		setWorking( true );
		const report = await revokeItems(
			failures.length
				? failures.map( ( failure ) => failure.item )
				: items
		);
		setWorking( false );
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
					item.name,
					item.owner.login
				)
			: item.name;
	return (
		<div className="mainwp-application-passwords__confirm">
			{ failures.length > 0 ? (
				<Notice status="error" isDismissible={ false }>
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
				</Notice>
			) : (
				<p>
					{ items.length === 1
						? sprintf(
								/* translators: %s: Application password name. */
								__(
									'Revoke “%s”? Any tool using it loses access at once. This cannot be undone.',
									'mainwp-application-passwords'
								),
								first.name
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
			<DialogActions
				onCancel={ closeModal }
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
				onConfirm={ revoke }
				busy={ working }
				isDestructive
			/>
		</div>
	);
}
