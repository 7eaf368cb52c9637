/**
 * The viewer's own email alerts: which of those the site sends they want.
 */

import { CheckboxControl, Notice } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import type { AuditAlerts } from '../../api/audit';
import { useServerAction } from '../../hooks/use-server-action';
import { useStoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';

/** What each alert says, from the viewer's side. */
const LABELS: Record< keyof AuditAlerts, () => string > = {
	newCredential: () =>
		__(
			'A new application password is created for my account',
			'mainwp-application-passwords'
		),
	newAddress: () =>
		__(
			'One of mine is used from an address it never used before',
			'mainwp-application-passwords'
		),
	failedSignIns: () =>
		__(
			'Repeated failed sign-ins for my username',
			'mainwp-application-passwords'
		),
};

/**
 * Lets the viewer turn off, for themselves, alerts the site sends; saved at each change.
 * Shows nothing when the site sends none.
 */
export function AlertChoices() {
	const site = useSelect(
		( select ) => select( store ).getAuditSettings()?.alerts ?? null,
		[]
	);
	const sent = site
		? ( Object.keys( LABELS ) as Array< keyof AuditAlerts > ).filter(
				( key ) => site[ key ]
			)
		: [];
	const choices = useStoreQuery( 'getAlertOptOuts', [], sent.length > 0 );
	const { saveAlertChoices } = useDispatch( store );
	const { busy, error, run } = useServerAction();
	if ( ! sent.length || ! choices.data ) {
		return null;
	}
	const off = choices.data;
	return (
		<details className="mainwp-application-passwords__alert-choices">
			<summary>
				{ __( 'Your email alerts', 'mainwp-application-passwords' ) }
			</summary>
			<fieldset disabled={ busy }>
				<legend>
					{ __( 'Email me when', 'mainwp-application-passwords' ) }
				</legend>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				{ sent.map( ( key ) => (
					<CheckboxControl
						key={ key }
						label={ LABELS[ key ]() }
						checked={ ! off.includes( key ) }
						onChange={ ( wanted ) =>
							run( () =>
								saveAlertChoices(
									wanted
										? off.filter( ( item ) => item !== key )
										: [ ...off, key ]
								)
							)
						}
					/>
				) ) }
			</fieldset>
		</details>
	);
}
