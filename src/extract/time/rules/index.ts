/** All rule families, in priority order (on equal spans the earlier rule wins). */
import { anaphoraRules } from './anaphora.js';
import { dateRules } from './dates.js';
import { durationRules } from './durations.js';
import { holidayRules } from './holidays.js';
import { monthRules } from './months.js';
import { refRules } from './refs.js';
import { relativeRules } from './relative.js';
import { seasonQuarterRules } from './seasons-quarters.js';
import { setRules } from './sets.js';
import { timeRules } from './times.js';
import { weekdayRules } from './weekdays.js';
import { yearRules } from './years.js';
import type { Rule } from '../types.js';

export const RULES: readonly Rule[] = [
  ...anaphoraRules,
  ...dateRules,
  ...holidayRules,
  ...seasonQuarterRules,
  ...setRules,
  ...relativeRules,
  ...weekdayRules,
  ...monthRules,
  ...yearRules,
  ...timeRules,
  ...refRules,
  ...durationRules,
];
