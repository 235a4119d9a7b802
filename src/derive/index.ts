/**
 * The derive layer: pure functions from checked documents and an as-of date to agreement states
 * and deadlines (format.md, "Derived state of an agreement" and "Deadlines"). No I/O and no
 * clock: the CLI passes `todayInStockholm(new Date())` unless `--as-of` says otherwise.
 */
export type { AgreementState, AgreementStatus, Deadline, DeadlineStatus, DeadlineType, DeriveOptions, Origin } from './types.js';
export { addDays, addMonths, addYears, daysBetween, isValidIsoDate, todayInStockholm, weekdayOf, withMonthDay, yearOf } from './dates.js';
export { easterSunday, holidaysOfYear, isSwedishHoliday, type Holiday, type HolidayKind } from './holidays.js';
export { isWeekend, isWorkingDay, nextWorkingDay } from './working-days.js';
export { agreementState, renewalStart, DEFAULT_RENEWAL_NOTICE_MONTHS } from './state.js';
export { compareDeadlines } from './deadline.js';
export { deriveDeadlines, DEFAULT_FOLLOW_UP_DUE } from './deadlines.js';
export { KOMMUN_DUTIES_FROM } from './kommun-duties.js';
export { deriveStatus, type DerivedStatus } from './status.js';
