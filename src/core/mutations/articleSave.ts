import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { KbArticleRow } from '../domain/workspaceRows';
import { defineMutation } from './MutationDef';
import { authorIdOf, requireArticleEditor } from './access';
import { MutationRejection } from './MutationRejection';

export const articleSaveArgs = z.object({
  /** The article's id: a new UUID v7 creates it, an existing id updates it. */
  id: idSchema,
  title: z.string().trim().min(1, 'give the article a title').max(300, 'title is longer than 300 characters'),
  body: z.string().trim().min(1, 'the article is empty').max(200_000, 'article is longer than 200,000 characters'),
  category: z.string().trim().min(1, 'choose a category').max(100, 'category is longer than 100 characters'),
  tags: z.array(z.string().trim().min(1, 'tags cannot be empty').max(60, 'a tag is longer than 60 characters')).max(50, 'at most 50 tags'),
  /** The updatedAt the editor started from; a newer stored version means someone else saved meanwhile. */
  baseUpdatedAt: timestampSchema.nullable().default(null),
});
export type ArticleSaveArgs = z.infer<typeof articleSaveArgs>;

/** A lead or admin creates or edits a knowledge article (tenant-wide). */
export const articleSave = defineMutation({
  name: 'article.save',
  callers: 'agents',
  args: articleSaveArgs,
  reads: (args) => [{ entity: 'kb_articles', id: args.id }],
  apply(args, rows, ctx) {
    requireArticleEditor(ctx.actor);
    const existing = rows.get('kb_articles', args.id);
    if (existing && args.baseUpdatedAt !== null && existing.updatedAt > args.baseUpdatedAt) {
      throw new MutationRejection('conflict', `"${existing.title}" was changed by someone else after you opened it; reopen it and apply your edit again.`);
    }
    const tags = [...new Set(args.tags)];
    const row: KbArticleRow = {
      id: args.id,
      title: args.title,
      body: args.body,
      category: args.category,
      tags,
      // Never earlier than the stored version, so a skewed client clock cannot make an edit look older.
      updatedAt: Math.max(ctx.now, existing ? existing.updatedAt + 1 : 0),
      authorId: authorIdOf(ctx.actor),
    };
    return [{ op: 'upsert', entity: 'kb_articles', id: row.id, scope: tenantScope, row }];
  },
});
