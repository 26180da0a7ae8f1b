import { queryStore, type AnyVariables, type OperationResultState, type TypedDocumentNode } from '@urql/svelte';
import { fromStore } from 'svelte/store';
import { client } from './client.ts';

interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Page<Data> {
  after: string | null;
  result: { readonly current: OperationResultState<Data> };
}

/**
 * A cursor connection read page by page ("Weitere laden"), for a component's script (it uses an
 * effect). Every loaded page stays a live query, so the document cache refreshes each of them
 * after a mutation; a page always continues where the page before it now ends, so an item added
 * or removed earlier in the list neither goes missing nor shows twice.
 * The query takes `$after: String` and asks for its page size itself.
 */
export function paginated<Data, Variables extends AnyVariables & { after?: string | null }, Node extends { id: string }>(options: {
  query: TypedDocumentNode<Data, Variables>;
  variables?: Omit<Variables, 'after'>;
  connection: (data: Data) => Connection<Node> | null | undefined;
  /** The types the list shows (urql's additionalTypenames): a mutation returning one refreshes it. */
  typenames: string[];
}) {
  const open = (after: string | null): Page<Data> => ({
    after,
    result: fromStore(queryStore({ client, query: options.query, variables: { ...options.variables, after } as Variables, context: { additionalTypenames: options.typenames } })),
  });
  const connectionOf = (page: Page<Data> | undefined) => (page?.result.current.data ? options.connection(page.result.current.data) : undefined);
  let pages = $state.raw<Page<Data>[]>([open(null)]);

  $effect(() => {
    const chained = pages.map((page, index) => {
      if (index === 0) return page;
      const end = connectionOf(pages[index - 1])?.pageInfo;
      if (!end) return page; // the page before is still loading
      return end.endCursor && end.endCursor !== page.after ? open(end.endCursor) : page;
    });
    // A page whose predecessor no longer has a next page has nothing left to show.
    const kept = chained.filter((_, index) => index === 0 || connectionOf(chained[index - 1])?.pageInfo.hasNextPage !== false);
    if (kept.some((page, index) => page !== pages[index]) || kept.length !== pages.length) pages = kept;
  });

  return {
    /** The items of every loaded page, in order, each once. */
    get items(): Node[] {
      const byId = new Map<string, Node>();
      for (const page of pages) for (const edge of connectionOf(page)?.edges ?? []) if (!byId.has(edge.node.id)) byId.set(edge.node.id, edge.node);
      return [...byId.values()];
    },
    /** The first page has arrived. */
    get loaded(): boolean {
      return pages[0]!.result.current.data != null;
    },
    get fetching(): boolean {
      return pages.some((page) => page.result.current.fetching);
    },
    get error() {
      return pages.find((page) => page.result.current.error)?.result.current.error;
    },
    get hasMore(): boolean {
      return connectionOf(pages.at(-1))?.pageInfo.hasNextPage === true;
    },
    loadMore(): void {
      const end = connectionOf(pages.at(-1))?.pageInfo;
      if (end?.hasNextPage && end.endCursor) pages = [...pages, open(end.endCursor)];
    },
  };
}
