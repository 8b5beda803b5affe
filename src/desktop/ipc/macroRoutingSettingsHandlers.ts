import type { macroSettingsChannels } from '../../core/contract/channels/macroSettingsChannels';
import type { routingSettingsChannels } from '../../core/contract/channels/routingSettingsChannels';
import { dryRunRouting } from '../queries/settings/dryRunRouting';
import { listRoutingSettings } from '../queries/settings/listRoutingSettings';
import { listSettingsMacros } from '../queries/settings/listSettingsMacros';
import { previewMacro } from '../queries/settings/previewMacro';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of Settings → Macros and → Routing rules (reads only; writes are the macro.save / routingRule.save channels). */
export function createMacroRoutingSettingsHandlers(ctx: HandlerContext): FeatureHandlers<typeof macroSettingsChannels & typeof routingSettingsChannels> {
  const agentId = () => ctx.session.actor()?.agentId ?? null;
  return {
    'macros.settings': async () => listSettingsMacros(ctx.store.db, agentId()),
    'macros.preview': async (input) => previewMacro(ctx.store.db, input.body, input.ticketId, agentId(), ctx.now()),
    'routing.settings': async () => listRoutingSettings(ctx.store.db),
    'routing.dryRun': async (input) => dryRunRouting(ctx.store.db, input.rules, input.focusRuleId, input.limit),
  };
}
