import type { knowledgeChannels } from '../../core/contract/channels/knowledgeChannels';
import { getArticle } from '../queries/knowledge/getArticle';
import { getComposerOptions } from '../queries/knowledge/getComposerOptions';
import { listArticleCategories } from '../queries/knowledge/listArticleCategories';
import { listMacros } from '../queries/knowledge/listMacros';
import { renderTicketMacro } from '../queries/knowledge/renderTicketMacro';
import { searchArticles } from '../queries/knowledge/searchArticles';
import { suggestArticles } from '../queries/knowledge/suggestArticles';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the knowledge channels (see core/contract/channels/knowledgeChannels.ts). */
export function createKnowledgeHandlers(ctx: HandlerContext): FeatureHandlers<typeof knowledgeChannels> {
  const agentId = () => ctx.session.actor()?.agentId ?? null;
  return {
    'kb.search': async (input) => searchArticles(ctx.store, input),
    'kb.categories': async () => listArticleCategories(ctx.store),
    'kb.get': async (input) => getArticle(ctx.store.db, input.id),
    'kb.suggest': async (input) => suggestArticles(ctx.store, input.ticketId, input.limit),
    'macros.list': async (input) => listMacros(ctx.store.db, input.ticketId, agentId()),
    'macros.render': async (input) => renderTicketMacro(ctx.store.db, input.macroId, input.ticketId, agentId()),
    'composer.options': async (input) => getComposerOptions(ctx.store.db, input.ticketId, agentId()),
  };
}
