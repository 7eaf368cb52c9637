/**
 * Mounts the app into the root element the admin page printed.
 */

import domReady from '@wordpress/dom-ready';
import { dispatch } from '@wordpress/data';
import { createRoot } from '@wordpress/element';

import { readBootData } from './boot';
import { App } from './components/app';
import { store } from './store';
import './style.scss';

domReady( () => {
	const boot = readBootData();
	dispatch( store ).setOwner( boot.owner );
	const root = document.getElementById( boot.rootId );
	if ( root ) {
		createRoot( root ).render( <App boot={ boot } /> );
	}
} );
