/**
 * The Application Passwords screen.
 */

import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import type { BootData } from '../../boot';
import { useApplicationPasswords } from '../../hooks/use-application-passwords';
import { CredentialsTable } from '../credentials-table';

interface AppProps {
	boot: BootData;
}

/**
 * Shows the current user's application passwords.
 *
 * @param props      Component props.
 * @param props.boot Checked boot data.
 */
export function App( { boot }: AppProps ) {
	const state = useApplicationPasswords( 'me' );
	// Under MainWP the page title is MainWP's own h1 ("API Access").
	const Heading = boot.placement === 'mainwp' ? 'h2' : 'h1';

	return (
		<div className="mainwp-application-passwords__app">
			<Heading className="mainwp-application-passwords__title">
				{ __(
					'Application Passwords',
					'mainwp-application-passwords'
				) }
			</Heading>
			<p className="mainwp-application-passwords__intro">
				{ __(
					'Application passwords let tools such as MCP clients, Zapier or your own scripts sign in to this site with HTTP Basic auth. Give each tool its own, and revoke it when the tool no longer needs it.',
					'mainwp-application-passwords'
				) }
			</p>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<Notice status="error" isDismissible={ false }>
					{ state.error.message }
				</Notice>
			) }
			{ state.status === 'ready' && (
				<CredentialsTable items={ state.items } />
			) }
		</div>
	);
}
