/** Name of the plugin's @wordpress/data store. */
export const STORE_NAME = 'mainwp-application-passwords';

/** How many single revoke requests may be in flight at once, where batches are refused. */
export const REVOKE_CONCURRENCY = 4;
