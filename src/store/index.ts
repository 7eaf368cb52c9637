/**
 * The application-passwords store: credentials, the overview's pages, owners and every change.
 */

import { createReduxStore, register } from '@wordpress/data';

import * as actions from './actions';
import { STORE_NAME } from './constants';
import { reducer } from './reducer';
import * as resolvers from './resolvers';
import * as selectors from './selectors';

/** The store's descriptor, for `useSelect`, `useDispatch`, `select` and `dispatch`. */
export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions,
	selectors,
	resolvers,
} );

register( store );
