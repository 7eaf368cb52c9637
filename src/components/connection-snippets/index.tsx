/**
 * Ready-to-paste snippets for a new credential: curl, Claude Desktop, Python and Node.
 */

import { Notice, TabPanel } from '@wordpress/components';
import { useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Access } from '../../api/policy';
import { useClientChecks } from '../../readiness';
import {
	claudeDesktopSnippet,
	curlSnippet,
	nodeSnippet,
	pythonSnippet,
	type SnippetCredentials,
} from '../../utils/snippets';
import { CopyButton } from '../copy-button';

interface ConnectionSnippetsProps extends SnippetCredentials {
	/** The credential's access: a read-only one is mentioned where it matters. */
	access?: Access;
}

interface Snippet {
	name: string;
	title: string;
	/** Where the snippet goes, in one sentence. */
	hint: string;
	/** What the Copy button copies, for its accessible name. */
	copyLabel: string;
	/** What a read-only credential means for this client, in one sentence. */
	readOnlyNote: string;
	build: ( credentials: SnippetCredentials ) => string;
}

const SNIPPETS: Snippet[] = [
	{
		name: 'curl',
		title: 'curl',
		hint: __(
			'Paste into a terminal: it lists the abilities this credential can reach.',
			'mainwp-application-passwords'
		),
		copyLabel: __( 'curl command', 'mainwp-application-passwords' ),
		readOnlyNote: __(
			'This credential is read only: this GET works, and any POST, PUT or DELETE is refused with application_password_read_only.',
			'mainwp-application-passwords'
		),
		build: curlSnippet,
	},
	{
		name: 'claude',
		title: __( 'Claude Desktop', 'mainwp-application-passwords' ),
		hint: __(
			'Add to claude_desktop_config.json (Claude Desktop → Settings → Developer → Edit Config), then restart Claude Desktop. It needs Node.js.',
			'mainwp-application-passwords'
		),
		copyLabel: __(
			'Claude Desktop configuration',
			'mainwp-application-passwords'
		),
		readOnlyNote: __(
			'This credential is read only: Claude can use only the read-only abilities; a tool that changes the site is refused.',
			'mainwp-application-passwords'
		),
		build: claudeDesktopSnippet,
	},
	{
		name: 'python',
		title: 'Python',
		hint: __(
			'Needs the requests library (pip install requests).',
			'mainwp-application-passwords'
		),
		copyLabel: __( 'Python code', 'mainwp-application-passwords' ),
		readOnlyNote: __(
			'This credential is read only: requests.get works; post, put and delete are refused with HTTP 403.',
			'mainwp-application-passwords'
		),
		build: pythonSnippet,
	},
	{
		name: 'node',
		title: 'Node.js',
		hint: __(
			'Uses the fetch built into Node.js 18 and newer.',
			'mainwp-application-passwords'
		),
		copyLabel: __( 'Node.js code', 'mainwp-application-passwords' ),
		readOnlyNote: __(
			'This credential is read only: GET requests work; POST, PUT and DELETE are refused with HTTP 403.',
			'mainwp-application-passwords'
		),
		build: nodeSnippet,
	},
];

function SnippetView( {
	snippet,
	credentials,
	mcpAdapter,
	readOnly,
}: {
	snippet: Snippet;
	credentials: SnippetCredentials;
	mcpAdapter: boolean | null;
	readOnly: boolean;
} ) {
	const ref = useRef< HTMLElement >( null );
	const text = snippet.build( credentials );
	return (
		<div className="mainwp-application-passwords__snippet">
			<p>{ snippet.hint }</p>
			{ snippet.name === 'claude' && mcpAdapter === false && (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'No MCP Adapter route was found on this site, so Claude Desktop cannot connect yet: install and activate the MCP Adapter plugin first.',
						'mainwp-application-passwords'
					) }
				</Notice>
			) }
			{ readOnly && (
				<Notice status="info" isDismissible={ false }>
					{ snippet.readOnlyNote }
				</Notice>
			) }
			<pre>
				<code ref={ ref } aria-label={ snippet.copyLabel }>
					{ text }
				</code>
			</pre>
			<CopyButton
				text={ text }
				label={ snippet.copyLabel }
				targetRef={ ref }
			/>
		</div>
	);
}

/**
 * Tabs of snippets filled with the site, the username and the new password. They exist only
 * inside the one-time view, so they are gone when it closes.
 *
 * @param props          Component props.
 * @param props.restUrl  REST API root.
 * @param props.username Owner's login.
 * @param props.password New password.
 * @param props.access   The credential's access.
 */
export function ConnectionSnippets( {
	restUrl,
	username,
	password,
	access = 'full',
}: ConnectionSnippetsProps ) {
	const checks = useClientChecks( true );
	const credentials = { restUrl, username, password };
	return (
		<section className="mainwp-application-passwords__snippets">
			<h3>
				{ __( 'Connect a client', 'mainwp-application-passwords' ) }
			</h3>
			<TabPanel
				tabs={ SNIPPETS.map( ( snippet ) => ( {
					name: snippet.name,
					title: snippet.title,
				} ) ) }
			>
				{ ( tab ) => {
					const snippet = SNIPPETS.find(
						( candidate ) => candidate.name === tab.name
					)!;
					return (
						<SnippetView
							snippet={ snippet }
							credentials={ credentials }
							mcpAdapter={ checks?.mcpAdapter ?? null }
							readOnly={ access === 'read' }
						/>
					);
				} }
			</TabPanel>
		</section>
	);
}
