/**
 * The Settings panel at the bottom of the page, for those who may change site settings.
 */

import { __ } from '@wordpress/i18n';

import type { SitePolicy } from '../api/policy';
import { PolicySection } from './policy-section';

interface SettingsProps {
	/** The site policy, or null where the server has none. */
	policy: SitePolicy | null;
	/** Receives the site policy the server saved. */
	onPolicySaved: ( policy: SitePolicy ) => void;
	/** Heading level of the panel; its sections take the next one. */
	headingLevel: 'h2' | 'h3';
}

/**
 * Renders the settings sections under one heading; nothing when there is none to show.
 *
 * @param props               Component props.
 * @param props.policy        The site policy.
 * @param props.onPolicySaved Receives the saved site policy.
 * @param props.headingLevel  Heading level of the panel.
 */
export function Settings( {
	policy,
	onPolicySaved,
	headingLevel: Heading,
}: SettingsProps ) {
	if ( ! policy ) {
		return null;
	}
	const sectionLevel = Heading === 'h2' ? 'h3' : 'h4';
	return (
		<section
			className="mainwp-application-passwords__settings"
			aria-labelledby="mainwp-application-passwords-settings"
		>
			<Heading id="mainwp-application-passwords-settings">
				{ __( 'Settings', 'mainwp-application-passwords' ) }
			</Heading>
			<PolicySection
				policy={ policy }
				onSaved={ onPolicySaved }
				headingLevel={ sectionLevel }
			/>
		</section>
	);
}
