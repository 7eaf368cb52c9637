/**
 * The page's messages, from the notices store: notices in the page, snackbars at its corner.
 */

import { NoticeList, SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/** Shows the page-level notices (such as why the owner in the link was not used). */
export function ScreenNotices() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( notice ) => notice.type === 'default' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return <NoticeList notices={ notices } onRemove={ removeNotice } />;
}

/** Shows the snackbars that confirm a change ("Revoked “Zapier”."). */
export function ScreenSnackbars() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( notice ) => notice.type === 'snackbar' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<SnackbarList
			className="mainwp-application-passwords__snackbars"
			notices={ notices }
			onRemove={ removeNotice }
		/>
	);
}
