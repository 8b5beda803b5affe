import { csatLowScoreSetting, csatSurveySetting, type AutomationRow } from '../../../core';

/** The Surveys page's fields: both CSAT settings flattened, defaults where a row or key is missing. */
export interface SurveyForm {
  enabled: boolean;
  delayHours: number;
  cooldownDays: number;
  validityDays: number;
  lowScoreEnabled: boolean;
  threshold: number;
  reopen: boolean;
  notifyLead: boolean;
}

/** The form for the stored rows: no survey row = off with the defaults; an unreadable config shows the defaults. */
export function surveyFormOf(survey: AutomationRow | null, lowScore: AutomationRow | null): SurveyForm {
  const s = csatSurveySetting.configSchema.safeParse(survey?.config ?? {});
  const l = csatLowScoreSetting.configSchema.safeParse(lowScore?.config ?? {});
  const sc = s.success ? s.data : csatSurveySetting.defaults;
  const lc = l.success ? l.data : csatLowScoreSetting.defaults;
  return {
    enabled: survey?.enabled ?? false,
    delayHours: sc.delayHours,
    cooldownDays: sc.cooldownDays,
    validityDays: sc.validityDays,
    lowScoreEnabled: lowScore?.enabled ?? false,
    threshold: lc.threshold,
    reopen: lc.reopen,
    notifyLead: lc.notifyLead,
  };
}
