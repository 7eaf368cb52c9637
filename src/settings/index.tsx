/**
 * The Settings panel at the bottom of the page, for those who may change site settings.
 */

import { __ } from '@wordpress/i18n';

import { useBoot } from '../hooks/use-boot';
import { AuditSection } from './audit-section';

interface SettingsProps {
	/** The panel's heading level: h2 under Users, h3 inside MainWP (whose h1 is its own). */
	headingLevel: 'h2' | 'h3';
}

/**
 * Shows the site's settings sections to those with `manage_options`; nothing to anyone else.
 *
 * @param props              Component props.
 * @param props.headingLevel Heading level of the panel's title.
 */
export function Settings( { headingLevel: Heading }: SettingsProps ) {
	const boot = useBoot();
	if ( ! boot.canManageSettings ) {
		return null;
	}
	return (
		<section
			className="mainwp-application-passwords__settings"
			aria-labelledby="mainwp-application-passwords-settings-title"
		>
			<Heading
				id="mainwp-application-passwords-settings-title"
				className="mainwp-application-passwords__settings-title"
			>
				{ __( 'Settings', 'mainwp-application-passwords' ) }
			</Heading>
			<AuditSection headingLevel={ Heading === 'h2' ? 'h3' : 'h4' } />
		</section>
	);
}
