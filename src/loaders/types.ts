import type { ValidationIssue } from '../model/validate.js';

/**
 * What an importer hands back: candidate records in the `ConflictEvent` shape, not yet
 * validated, and the problems met while reading the source. A loader runs `validateEvents` on
 * the candidates afterwards.
 */
export interface ImportResult {
  readonly events: unknown[];
  readonly issues: ValidationIssue[];
}

/** Options shared by the importers of text that carries no language of its own. */
export interface ImportOptions {
  /** Language tag the imported titles and summaries are stored under (default `en`). */
  readonly lang?: string;
}

/** The `index` of an issue about the whole source (unreadable file, missing column) rather than one record. */
export const WHOLE_SOURCE = -1;
