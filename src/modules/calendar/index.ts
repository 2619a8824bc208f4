// Public surface of the calendar module: working-day deadlines over the shipped holiday calendar.
export {
  CALENDAR_YEARS,
  addWorkingDays,
  arrangementFor,
  calendarCovers,
  dayInfo,
  dueDate,
  holidayName,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
  type DayInfo,
} from './calendar';
export {
  HOLIDAY_ARRANGEMENTS,
  STATUTORY_DAYS,
  type Festival,
  type HolidayArrangement,
  type HolidayPeriod,
  type NoticeAmendment,
  type OfficialArrangement,
  type ProvisionalArrangement,
  type StatutoryRule,
} from './data/holidays';
