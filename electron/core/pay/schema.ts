/** The pay area's tables, as Kysely sees them (camelCase here, snake_case in SQL). Money in pence. */
export interface PayTables {
  payUserRate: PayUserRateTable;
  payRate: PayRateTable;
  shift: ShiftTable;
  payCostSetting: PayCostSettingTable;
}

/** A rate the employer added (Settings → Rates), beside the built-in ones. */
export interface PayUserRateTable {
  id: string;
  /** A RateSeries: 'minimum-21-and-over', 'rlw-uk'… */
  series: string;
  appliesFrom: string;
  amountPence: number;
  source: string;
  addedAt: string;
}

export interface PayRateTable {
  id: string;
  workerId: string;
  appliesFrom: string;
  reason: string;
  standardPence: number;
  weekendPence: number;
  bankHolidayPence: number;
  wakingNightPence: number;
  sleepInPence: number;
  travelPence: number;
  onCallPence: number;
  apprenticeSince: string;
  note: string;
  createdAt: string;
}

export interface ShiftTable {
  id: string;
  workerId: string;
  /** The day it starts, YYYY-MM-DD in England. */
  date: string;
  /** HH:MM in England; an end before the start is the next day. */
  startTime: string;
  endTime: string;
  breakMinutes: number;
  kind: string;
  workedMinutes: number;
  note: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  createdAt: string;
}

/**
 * The cost of employing and the budget, one row (id 1). `claimsAllowance` '' until the
 * cost settings are saved, `budgetFrequency` '' until the budget is.
 */
export interface PayCostSettingTable {
  id: number;
  councilHourlyPence: number;
  insuranceYearPence: number;
  payrollFeePence: number;
  payrollFeePer: string;
  claimsAllowance: string;
  pensionEmployerHundredths: number;
  budgetPence: number;
  budgetFrequency: string;
  budgetStartsOn: string;
  updatedAt: string;
}
