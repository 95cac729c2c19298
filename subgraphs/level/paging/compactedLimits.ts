/** Largest page of the compacted change log (the hub's own workers read it through the gateway). */
export const MAX_COMPACTED_PAGE = 1000;
/** Source sites a compacted read may be narrowed to. */
export const MAX_COMPACTED_SITES = 1000;
