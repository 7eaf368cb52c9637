/**
 * Mounts the app into the root element the admin page printed.
 */

import { dispatch } from '@wordpress/data';
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

import { addRequestLabel } from './api/request-label';
import { readBootData } from './boot';
import { App } from './components/app';
import { mountPoint } from './hooks/use-take-over';
import { store } from './store';
import './style.scss';

domReady( () => {
	addRequestLabel();
	const boot = readBootData();
	dispatch( store ).setOwner( boot.owner );
	dispatch( store ).setAuditSettings( boot.audit );
	if ( boot.ownerNotice ) {
		dispatch( noticesStore ).createWarningNotice( boot.ownerNotice, {
			id: 'mainwp-application-passwords-owner',
		} );
	}
	const root = document.getElementById( boot.rootId );
	if ( root ) {
		createRoot( mountPoint( root ) ).render( <App boot={ boot } /> );
	}
} );
