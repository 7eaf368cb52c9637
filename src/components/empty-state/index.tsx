/**
 * What the screen shows before the owner has any credential.
 */

import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface EmptyStateProps {
	/** Opens the create dialog; null when the current user may not create one. */
	onCreate: ( () => void ) | null;
}

/**
 * Explains what an application password is for and offers to create the first one.
 *
 * @param props          Component props.
 * @param props.onCreate Opens the create dialog, if creating is allowed.
 */
export function EmptyState( { onCreate }: EmptyStateProps ) {
	return (
		<div className="mainwp-application-passwords__empty">
			<h3>
				{ __(
					'No application passwords yet',
					'mainwp-application-passwords'
				) }
			</h3>
			<p>
				{ __(
					'Create one for each tool that calls this dashboard: an MCP client such as Claude Desktop, Zapier, or your own script. The tool sends your username and the application password with HTTP Basic auth, and it can be revoked at any time without changing the account’s own password.',
					'mainwp-application-passwords'
				) }
			</p>
			{ onCreate && (
				<Button variant="primary" onClick={ onCreate }>
					{ __(
						'Create application password',
						'mainwp-application-passwords'
					) }
				</Button>
			) }
		</div>
	);
}
