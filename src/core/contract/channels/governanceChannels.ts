import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { auditPageSchema } from '../../people/auditEntrySchema';
import { eraseRequestSchema } from '../../governance/eraseRequestSchema';
import { retentionRuleSchema, retentionSetting } from '../../governance/retentionSetting';

const touchedSchema = z.record(z.string(), z.number());

/** IPC channels of the Data governance settings page (admins; hub routes, never queued). */
export const governanceChannels = {
  /** Erases one customer on the hub (and, through sync, every replica); answers what it touched. */
  'governance.erase': { input: eraseRequestSchema.extend({ customerId: idSchema }), output: z.object({ touched: touchedSchema }) },
  /** Everything held about one customer (JSON with one CSV per entity inside), for an access request. */
  'governance.export': { input: z.object({ customerId: idSchema }), output: z.object({ filename: z.string(), json: z.string() }) },
  'governance.retention': { input: z.object({}), output: retentionSetting.configSchema },
  'governance.saveRetention': { input: retentionSetting.configSchema, output: retentionSetting.configSchema },
  /** Runs the retention rules now; answers what each rule touched. */
  'governance.runRetention': { input: z.object({}), output: z.object({ rules: z.array(retentionRuleSchema.extend({ touched: touchedSchema })) }) },
  /** The latest erasures, exports and retention runs (audit entries `governance.*`). */
  'governance.runs': { input: z.object({}), output: auditPageSchema },
} as const;
