/**
 * What every exception comment holds (`# samverkan-disable-next-line RULE -- motivering`, read by
 * src/check/suppressions.ts). The loader notes for each file whether a comment line holds it, so
 * that the check does not search every text again.
 */
export const EXCEPTION_MARK = 'samverkan-disable';
