/**
 * What the screen shows before the owner has any credential.
 */

import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface EmptyStateProps {
	onCreate: () => void;
}

/**
 * Explains what an application password is for and offers to create the first one.
 *
 * @param props          Component props.
 * @param props.onCreate Opens the create dialog.
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
					'Create one for each tool that calls this dashboard: an MCP client such as Claude Desktop, Zapier, or your own script. The tool sends your username and the application password with HTTP Basic auth, and you can revoke it at any time without changing your own password.',
					'mainwp-application-passwords'
				) }
			</p>
			<Button variant="primary" onClick={ onCreate }>
				{ __(
					'Create application password',
					'mainwp-application-passwords'
				) }
			</Button>
		</div>
	);
}
