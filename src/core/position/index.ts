/**
 * Who holds what now, and the licence position: holders and their assignments, reassignment
 * history, which assignments are stale, and owned against required per licence.
 */
export { Holdings } from './holdings';
export { activeOn, assuranceOf, availableDays, rightsTo, type Assurance } from './assurance';
export { computePosition, hasProof, type PositionRow, type PositionStatus } from './position';
export { endedRows, previousAssignments } from './reassignment';
export { staleReason, type StaleReason } from './stale';
