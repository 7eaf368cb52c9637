/**
 * Will credentials work on this site: what the rest of the app may use of readiness.
 */

export { MCP_ADAPTER_ROUTE } from './api';
export { parseReadinessBoot } from './boot';
export { ReadinessPanel } from './components/readiness-panel';
export { checkAgain, useClientChecks } from './hooks/use-client-checks';
export {
	authorizationHeaderDroppedText,
	authorizationHeaderFixText,
} from './messages';
export type { ReadinessBoot } from './types';
