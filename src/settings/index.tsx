/**
 * The Settings panel at the bottom of the page, for those who may change site settings.
 */

import { __ } from '@wordpress/i18n';

import type { SitePolicy } from '../api/policy';
import { useBoot } from '../hooks/use-boot';
import { AuditSection } from './audit-section';
import { PolicySection } from './policy-section';

interface SettingsProps {
	/** The site policy, or null where the server has none. */
	policy: SitePolicy | null;
	/** Receives the site policy the server saved. */
	onPolicySaved: ( policy: SitePolicy ) => void;
	/** The panel's heading level: h2 under Users, h3 inside MainWP (whose h1 is its own). */
	headingLevel: 'h2' | 'h3';
}

/**
 * Shows the site's settings sections (site policy, audit trail) to those with
 * `manage_options`; nothing to anyone else.
 *
 * @param props               Component props.
 * @param props.policy        The site policy.
 * @param props.onPolicySaved Receives the saved site policy.
 * @param props.headingLevel  Heading level of the panel's title.
 */
export function Settings( {
	policy,
	onPolicySaved,
	headingLevel: Heading,
}: SettingsProps ) {
	const boot = useBoot();
	if ( ! boot.canManageSettings ) {
		return null;
	}
	const sectionLevel = Heading === 'h2' ? 'h3' : 'h4';
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
			{ policy && (
				<PolicySection
					policy={ policy }
					onSaved={ onPolicySaved }
					headingLevel={ sectionLevel }
				/>
			) }
			<AuditSection headingLevel={ sectionLevel } />
		</section>
	);
}
