/**
 * The shapes readiness works with: facts from PHP, answers from REST, and the rows shown.
 */

/** A core filter that turned application passwords off, with the callbacks hooked to it. */
export interface BlockingFilter {
	hook: string;
	callbacks: string[];
}

/** MainWP Dashboard as PHP found it, with PHP's verdict on whether its version is supported. */
export interface MainWPFacts {
	/** Active version, or null when MainWP Dashboard is not active. */
	version: string | null;
	/** Whether that version has the API Access section this screen belongs in. */
	supported: boolean;
	/** The first version that has it, for the advice to update. */
	minimumVersion: string;
	/** Whether MainWP's own rule for other users' credentials was found; false without MainWP. */
	rightsRule: boolean;
}

/** Server-side readiness facts, from Readiness::boot_data(). */
export interface ReadinessBoot {
	https: {
		/** Home and site address both start with https. */
		siteUsesHttps: boolean;
		/** What `is_ssl()` said for this page's request. */
		requestIsHttps: boolean;
		/** `wp_get_environment_type()`: local, development, staging or production. */
		environmentType: string;
	};
	applicationPasswords: {
		/** HTTPS or a local environment: core's precondition. */
		supported: boolean;
		/** After the site-wide filter. */
		available: boolean;
		/** The filter that turned them off site-wide, when it did. */
		siteFilter: BlockingFilter | null;
		/** The user the per-user answer is for. */
		ownerId: number;
		availableForOwner: boolean;
		/** The filter that turned them off for that user, when it did. */
		ownerFilter: BlockingFilter | null;
		/** Core's switch `using_application_passwords`: off, core ignores every application password at sign-in. */
		inUse: boolean;
		/** Whether any user holds one; null when not looked up (the switch is on). */
		credentialsStored: boolean | null;
	};
	mainwp: MainWPFacts;
	/** wp-admin's address with a trailing slash. */
	adminUrl: string;
	/** The REST checks' answers the server kept from an earlier visit, or null. */
	lastChecks: LastChecks | null;
}

/** What the Abilities API check found. */
export type AbilitiesCheck =
	{ present: true; count: number | null } | { present: false };

/** Answers of the client-side checks; null where a check could not tell. */
export interface ClientChecks {
	authorizationHeader: boolean | null;
	abilities: AbilitiesCheck | null;
	mcpAdapter: boolean | null;
}

/** Answers of the client-side checks as the server kept them, with when they were made. */
export interface LastChecks {
	checks: ClientChecks;
	/** ISO 8601 time of the checks. */
	checkedAt: string;
}

/** good: nothing to do; note: works, worth knowing; problem: stops credentials; checking: not in yet. */
export type RowStatus = 'good' | 'note' | 'problem' | 'checking';

/** Which check a row reports. */
export type ReadinessRowId =
	| 'https'
	| 'application-passwords'
	| 'sign-in'
	| 'authorization-header'
	| 'abilities'
	| 'mcp-adapter'
	| 'mainwp';

/** A fix the panel can apply itself, with one click. */
export type ReadinessAction = 'turn-on-sign-in';

/** One readiness check as the panel shows it. */
export interface ReadinessRow {
	id: ReadinessRowId;
	title: string;
	status: RowStatus;
	/** What was found, and why it matters. */
	cause: string;
	/** What to do about it, when anything. */
	fix?: string;
	/** The fix the panel applies when the person asks, when it can. */
	action?: ReadinessAction;
}
