import { defineParams } from '@sveltejs/kit/params';
import type { ArticleKind } from '#lib/gql/graphql.ts';

export const params = defineParams({
  /** The article sections: /blog/<slug> and /news/<slug> (server/cms: Article.path). */
  articleKind: (param: string): ArticleKind | undefined => (param === 'blog' || param === 'news' ? param : undefined),
});
