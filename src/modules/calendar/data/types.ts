// Shapes of the holiday data (data/years/*.ts) and the statutory rules they are checked against.

/** The seven festivals that give every citizen days off (《全国年节及纪念日放假办法》 art. 2). */
export type Festival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

/** A later notice that changed part of a year's arrangement. */
export interface NoticeAmendment {
  readonly title: string;
  readonly docNo: string;
  /** Date the notice was signed. */
  readonly issued: string;
  /** The clause as amended, in the notice's words. */
  readonly text: string;
}

/** One break of the arrangement: a contiguous run of days off and the weekend days worked for it. */
export interface HolidayPeriod {
  /** Heading as the notice writes it, e.g. '国庆节、中秋节' when the two are merged. */
  readonly name: string;
  readonly festivals: readonly Festival[];
  /**
   * First and last day off, inclusive, 'YYYY-MM-DD'. When the notice says only "X日放假，与周末连休",
   * the span includes the adjoining weekend, because that is the break the notice announces.
   */
  readonly from: string;
  readonly to: string;
  /** Weekend days that are working days (调休上班) because of this break. */
  readonly workdays: readonly string[];
  /**
   * The notice's clause for this break, as first published. In a provisional arrangement no notice
   * exists: the clause then states, in the notices' format, the days the platform assumes (so the same
   * checks read it), and is not a quotation.
   */
  readonly notice: string;
  /** Present when a later notice changed the clause; `from`, `to` and `workdays` are the amended ones. */
  readonly amendment?: NoticeAmendment;
}

/** A year's arrangement as published by 国务院办公厅 in its yearly notice. */
export interface OfficialArrangement {
  readonly year: number;
  readonly provisional: false;
  readonly title: string;
  readonly docNo: string;
  /** Date the notice was signed (成文日期). */
  readonly issued: string;
  /** Human-readable citation of the notice(s) the data comes from. */
  readonly source: string;
  readonly periods: readonly HolidayPeriod[];
}

/**
 * A stand-in for a year whose notice is not published yet: the statutory days of the rule in force on
 * their real dates, plus the working day off that art. 6 requires for each of them falling on a weekend
 * (补假), and nothing the notice alone could decide (no 调休上班, no bridge days). Replaced by an
 * `OfficialArrangement` in the same file once the notice is out.
 */
export interface ProvisionalArrangement {
  readonly year: number;
  readonly provisional: true;
  /** What the entry is, for display, e.g. '2027年法定节假日（暂定，待国务院办公厅通知）'. */
  readonly title: string;
  /** Title of the notice the entry stands in for. */
  readonly awaiting: string;
  /** The rules and date sources the days are derived from. */
  readonly source: string;
  /** Why the entry is provisional, what it leaves out, and how to replace it. */
  readonly note: string;
  readonly periods: readonly HolidayPeriod[];
}

export type HolidayArrangement = OfficialArrangement | ProvisionalArrangement;

/** Statutory days per festival under one revision of 《全国年节及纪念日放假办法》. */
export interface StatutoryRule {
  /** First arrangement year the revision applies to. */
  readonly fromYear: number;
  readonly source: string;
  readonly days: Readonly<Record<Festival, number>>;
}
