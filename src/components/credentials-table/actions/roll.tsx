/**
 * The Roll action and its modal: a new password replaces the credential, and the old one
 * stops at a chosen time or at the new one's first use plus a grace.
 */

import { RadioControl, SelectControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import type { Action } from '@wordpress/dataviews/wp';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { rotateRight } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';
import type { RollDeadline } from '../../../api/policy';
import { useBoot } from '../../../hooks/use-boot';
import { useServerAction } from '../../../hooks/use-server-action';
import { useShowOneTime } from '../../../hooks/use-one-time';
import { store } from '../../../store';
import { isolate } from '../../../utils/bidi';
import { formatSiteDateTime } from '../../../utils/dates';
import {
	DEFAULT_ROLL,
	GRACES,
	rolledExpiry,
	rollSchedule,
	type RolledExpiry,
	type RollInput,
	type RollMode,
} from '../../../utils/roll';
import { DialogForm } from '../../dialog-form';

interface RollModalProps {
	items: Credential[];
	closeModal?: () => void;
}

const deadlineLabels = (): Record< RollDeadline, string > => ( {
	now: __( 'Now', 'mainwp-application-passwords' ),
	'1h': __( 'In 1 hour', 'mainwp-application-passwords' ),
	'1d': __( 'In 1 day', 'mainwp-application-passwords' ),
	'7d': __( 'In 7 days', 'mainwp-application-passwords' ),
} );

function graceLabel( seconds: number ): string {
	switch ( seconds ) {
		case 0:
			return __( 'At its first use', 'mainwp-application-passwords' );
		case 15 * 60:
			return __(
				'15 minutes after its first use',
				'mainwp-application-passwords'
			);
		case 60 * 60:
			return __(
				'1 hour after its first use',
				'mainwp-application-passwords'
			);
		default:
			return __(
				'1 day after its first use',
				'mainwp-application-passwords'
			);
	}
}

/**
 * Says when the replacement expires and, where it differs from the old one, why.
 *
 * @param old     The old credential's expiry (ISO UTC), or null for never.
 * @param rolled  The replacement's expiry and why.
 * @param maxDays The site's maximum lifetime in days, or null.
 */
function expirySentence(
	old: string | null,
	rolled: RolledExpiry,
	maxDays: number | null
): string {
	const when = rolled.expires ? formatSiteDateTime( rolled.expires ) : '';
	switch ( rolled.reason ) {
		case 'renewed':
			return rolled.expires
				? sprintf(
						/* translators: %s: Date and time. */
						__(
							'This one has expired, so the new one gets the site’s default lifetime: it expires on %s.',
							'mainwp-application-passwords'
						),
						when
					)
				: __(
						'This one has expired, so the new one gets the site’s default lifetime: it never expires.',
						'mainwp-application-passwords'
					);
		case 'capped':
			return old
				? sprintf(
						/* translators: 1: Date and time. 2: Number of days. 3: Date and time. */
						__(
							'This one expires on %1$s, later than the site now allows (at most %2$d days), so the new one expires on %3$s.',
							'mainwp-application-passwords'
						),
						formatSiteDateTime( old ),
						maxDays ?? 0,
						when
					)
				: sprintf(
						/* translators: 1: Number of days. 2: Date and time. */
						__(
							'This one never expires, but the site now allows at most %1$d days, so the new one expires on %2$s.',
							'mainwp-application-passwords'
						),
						maxDays ?? 0,
						when
					);
		default:
			return rolled.expires
				? sprintf(
						/* translators: %s: Date and time. */
						__(
							'The new one expires when this one does: %s.',
							'mainwp-application-passwords'
						),
						when
					)
				: __(
						'Like this one, the new one never expires.',
						'mainwp-application-passwords'
					);
	}
}

/**
 * Says when the old credential will stop, for the one-time view of its replacement.
 *
 * @param name  The old credential's name.
 * @param input What was chosen.
 */
function rolledIntro( name: string, input: RollInput ): string {
	if ( input.mode === 'deadline' && input.deadline === 'now' ) {
		return sprintf(
			/* translators: %s: Application password name. */
			__(
				'“%s” was rolled and its old password has stopped working. Copy the new password now: it is shown only once, and WordPress cannot show it again.',
				'mainwp-application-passwords'
			),
			isolate( name )
		);
	}
	return sprintf(
		/* translators: %s: Application password name. */
		__(
			'“%s” was rolled: its old password keeps working until the time you chose (the table shows how long). Copy the new password now: it is shown only once, and WordPress cannot show it again.',
			'mainwp-application-passwords'
		),
		isolate( name )
	);
}

/**
 * Chooses when the old password stops, rolls, and hands the new password to the one-time view.
 *
 * @param props            Component props.
 * @param props.items      The credential, alone in a list.
 * @param props.closeModal Closes the modal.
 */
function RollModal( { items, closeModal }: RollModalProps ) {
	const item = items[ 0 ]!;
	const { rollItem } = useDispatch( store );
	const showOneTime = useShowOneTime();
	const [ input, setInput ] = useState< RollInput >( DEFAULT_ROLL );
	const { busy, error, run } = useServerAction();
	const labels = deadlineLabels();
	const site = useBoot().policy;
	const [ rolled ] = useState( () =>
		rolledExpiry( item.expires, site, new Date() )
	);

	const roll = async () => {
		await run( async () => {
			const created = await rollItem( item, rollSchedule( input ) );
			showOneTime( {
				created,
				username: item.owner.login,
				intro: rolledIntro( item.name, input ),
			} );
			closeModal?.();
		} );
	};

	const deadlines: RollDeadline[] =
		input.mode === 'deadline'
			? [ 'now', '1h', '1d', '7d' ]
			: [ '1h', '1d', '7d' ];

	return (
		<DialogForm
			onClose={ closeModal }
			onSubmit={ roll }
			error={ error }
			busy={ busy }
			confirmLabel={ __( 'Roll', 'mainwp-application-passwords' ) }
		>
			<p>
				{ sprintf(
					/* translators: %s: Application password name. */
					__(
						'A new password replaces “%s”, with the same name, App ID, access and allowed IP addresses. Give it to the tool, then let the old one stop.',
						'mainwp-application-passwords'
					),
					isolate( item.name )
				) }
			</p>
			<p>
				{ expirySentence(
					item.expires,
					rolled,
					site?.maxLifetimeDays ?? null
				) }
			</p>
			<RadioControl
				label={ __(
					'The old password stops working',
					'mainwp-application-passwords'
				) }
				selected={ input.mode }
				options={ [
					{
						value: 'first-use',
						label: __(
							'Once the new one is in use',
							'mainwp-application-passwords'
						),
						description: __(
							'When the tool first signs in with the new password, plus a grace for anything still running with the old one.',
							'mainwp-application-passwords'
						),
					},
					{
						value: 'deadline',
						label: __(
							'At a set time',
							'mainwp-application-passwords'
						),
						description: __(
							'Whether or not the new one has been used.',
							'mainwp-application-passwords'
						),
					},
				] }
				onChange={ ( mode ) =>
					setInput( {
						...input,
						mode: mode as RollMode,
						deadline:
							mode === 'first-use' && input.deadline === 'now'
								? '7d'
								: input.deadline,
					} )
				}
			/>
			{ input.mode === 'first-use' && (
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Stops', 'mainwp-application-passwords' ) }
					value={ String( input.grace ) }
					options={ GRACES.map( ( grace ) => ( {
						value: String( grace ),
						label: graceLabel( grace ),
					} ) ) }
					onChange={ ( grace ) =>
						setInput( { ...input, grace: Number( grace ) } )
					}
				/>
			) }
			<SelectControl
				__next40pxDefaultSize
				label={
					input.mode === 'first-use'
						? __( 'At the latest', 'mainwp-application-passwords' )
						: __( 'When', 'mainwp-application-passwords' )
				}
				value={ input.deadline }
				options={ deadlines.map( ( deadline ) => ( {
					value: deadline,
					label: labels[ deadline ],
				} ) ) }
				onChange={ ( deadline ) =>
					setInput( { ...input, deadline: deadline as RollDeadline } )
				}
			/>
		</DialogForm>
	);
}

/**
 * Replaces one credential with a new password, where the owner's rights allow creating one;
 * not a credential already rolled.
 */
export const rollAction: Action< Credential > = {
	id: 'roll',
	label: __( 'Roll', 'mainwp-application-passwords' ),
	icon: rotateRight,
	isEligible: ( item ) =>
		item.owner.rights.create && ! item.rotation?.replacedBy,
	modalHeader: __(
		'Roll application password',
		'mainwp-application-passwords'
	),
	RenderModal: RollModal,
};
