/**
 * The "Site policy" settings section: default lifetime, maximum lifetime and default access of
 * new credentials, wherever they are created.
 */

import {
	Button,
	Notice,
	RadioControl,
	SelectControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { saveSitePolicy, type Access, type SitePolicy } from '../api/policy';
import { useServerAction } from '../hooks/use-server-action';

/** Lifetimes offered, in days. */
const LIFETIMES = [ 30, 90, 180, 365, 730 ];

function lifetimeOptions( value: number | null, noneLabel: string ) {
	const days =
		value !== null && ! LIFETIMES.includes( value )
			? [ ...LIFETIMES, value ].sort( ( a, b ) => a - b )
			: LIFETIMES;
	return [
		{ value: '', label: noneLabel },
		...days.map( ( day ) => ( {
			value: String( day ),
			label: sprintf(
				/* translators: %d: Number of days. */
				_n( '%d day', '%d days', day, 'mainwp-application-passwords' ),
				day
			),
		} ) ),
	];
}

const toDays = ( value: string ) => ( value === '' ? null : Number( value ) );

interface PolicySectionProps {
	/** The site policy now in force. */
	policy: SitePolicy;
	/** Receives the policy the server saved. */
	onSaved: ( policy: SitePolicy ) => void;
	/** Heading level that fits the page's outline. */
	headingLevel: 'h3' | 'h4';
}

/**
 * Edits the site policy; the server checks it (a default longer than the maximum is refused)
 * and its message is shown, with what was chosen kept.
 *
 * @param props              Component props.
 * @param props.policy       The site policy now in force.
 * @param props.onSaved      Receives the saved policy.
 * @param props.headingLevel Heading level.
 */
export function PolicySection( {
	policy,
	onSaved,
	headingLevel: Heading,
}: PolicySectionProps ) {
	const [ draft, setDraft ] = useState< SitePolicy >( policy );
	const { busy, error, run } = useServerAction();
	const { createSuccessNotice } = useDispatch( noticesStore );
	const changed =
		draft.defaultLifetimeDays !== policy.defaultLifetimeDays ||
		draft.maxLifetimeDays !== policy.maxLifetimeDays ||
		draft.defaultAccess !== policy.defaultAccess;

	const save = async () => {
		await run( async () => {
			const saved = await saveSitePolicy( draft );
			setDraft( saved );
			onSaved( saved );
			createSuccessNotice(
				__( 'Site policy saved.', 'mainwp-application-passwords' ),
				{ type: 'snackbar' }
			);
		} );
	};

	return (
		<section
			className="mainwp-application-passwords__settings-section"
			aria-labelledby="mainwp-application-passwords-site-policy"
		>
			<Heading id="mainwp-application-passwords-site-policy">
				{ __( 'Site policy', 'mainwp-application-passwords' ) }
			</Heading>
			<p>
				{ __(
					'For application passwords created from now on, here, on profile screens, on MainWP’s own page, by REST clients and WP-CLI. Existing ones keep their policy.',
					'mainwp-application-passwords'
				) }
			</p>
			<form
				className="mainwp-application-passwords__form"
				onSubmit={ ( event ) => {
					event.preventDefault();
					if ( ! busy && changed ) {
						save();
					}
				} }
			>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				<SelectControl
					__next40pxDefaultSize
					label={ __(
						'Default lifetime',
						'mainwp-application-passwords'
					) }
					help={ __(
						'What a new credential gets when its creator chooses nothing.',
						'mainwp-application-passwords'
					) }
					value={ String( draft.defaultLifetimeDays ?? '' ) }
					options={ lifetimeOptions(
						draft.defaultLifetimeDays,
						__( 'Never expires', 'mainwp-application-passwords' )
					) }
					onChange={ ( value ) =>
						setDraft( {
							...draft,
							defaultLifetimeDays: toDays( value ),
						} )
					}
				/>
				<SelectControl
					__next40pxDefaultSize
					label={ __(
						'Maximum lifetime',
						'mainwp-application-passwords'
					) }
					help={ __(
						'Longer lifetimes, and "never", are refused. Without a maximum, a credential may never expire.',
						'mainwp-application-passwords'
					) }
					value={ String( draft.maxLifetimeDays ?? '' ) }
					options={ lifetimeOptions(
						draft.maxLifetimeDays,
						__(
							'No maximum (never allowed)',
							'mainwp-application-passwords'
						)
					) }
					onChange={ ( value ) =>
						setDraft( {
							...draft,
							maxLifetimeDays: toDays( value ),
						} )
					}
				/>
				<RadioControl
					label={ __(
						'Default access',
						'mainwp-application-passwords'
					) }
					selected={ draft.defaultAccess }
					options={ [
						{
							value: 'full',
							label: __( 'Full', 'mainwp-application-passwords' ),
						},
						{
							value: 'read',
							label: __(
								'Read only',
								'mainwp-application-passwords'
							),
						},
					] }
					onChange={ ( value ) =>
						setDraft( { ...draft, defaultAccess: value as Access } )
					}
				/>
				<div>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ busy || ! changed }
						accessibleWhenDisabled
					>
						{ __(
							'Save site policy',
							'mainwp-application-passwords'
						) }
					</Button>
				</div>
			</form>
		</section>
	);
}
