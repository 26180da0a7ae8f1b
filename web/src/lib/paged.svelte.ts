import type { AnyVariables, TypedDocumentNode } from '@urql/svelte';
import { untrack } from 'svelte';
import { client } from './client.ts';
import { errorMessage } from './errors.ts';

interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** What LoadMore needs of a paged list. */
export interface PagedList {
  readonly nodes: readonly unknown[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  /** More than the first page was asked for. */
  readonly paged: boolean;
  readonly error: string | null;
  more(): void;
}

/**
 * A list read page by page: the first page, then one more per "Weitere laden" from the last
 * page's `endCursor`, so nothing is cut off silently. Each page is an active query of the one
 * client, so the document cache refetches it when a mutation answers with a type it lists
 * (`typenames`), like every other query.
 *
 * In a component: `$effect(() => list.load({ ...filters }))` starts over when the filters change
 * and stops the queries when the component goes away.
 */
export class PagedQuery<Data, Variables extends AnyVariables, Node extends { id: string }> implements PagedList {
  #pages = $state<(Connection<Node> | null)[]>([]);
  /** The live query behind each page, with the cursor it continues from. */
  #queries: { after: string | null; stop: () => void }[] = [];
  #variables = {} as Omit<Variables, 'after' | 'first'>;
  error = $state<string | null>(null);

  constructor(
    private readonly document: TypedDocumentNode<Data, Variables>,
    private readonly connection: (data: Data) => Connection<Node> | null | undefined,
    private readonly typenames: string[],
    readonly pageSize = 25,
  ) {}

  /** Every node of the pages loaded so far, in the server's order, each once. */
  get nodes(): Node[] {
    const seen = new Set<string>();
    return this.#pages.flatMap((page) => page?.edges.map((edge) => edge.node) ?? []).filter((node) => !seen.has(node.id) && !!seen.add(node.id));
  }

  /** The first page has arrived. */
  get loaded(): boolean {
    return this.#pages[0] != null;
  }

  /** A page is on its way (the first one, or the one "Weitere laden" asked for). */
  get loading(): boolean {
    return this.#pages.includes(null);
  }

  get paged(): boolean {
    return this.#pages.length > 1;
  }

  get hasMore(): boolean {
    return this.#pages.at(-1)?.pageInfo.hasNextPage === true;
  }

  /** Starts over at the first page; returns the function that stops the queries. */
  load(variables: Omit<Variables, 'after' | 'first'>): () => void {
    // Only the variables are the caller's effect's dependencies, not the pages this writes.
    untrack(() => {
      this.stop();
      this.#variables = variables;
      this.#pages = [null];
      this.#open(0, null);
    });
    return () => this.stop();
  }

  more(): void {
    const last = this.#pages.at(-1);
    if (!last?.pageInfo.hasNextPage) return;
    this.#pages.push(null);
    this.#open(this.#pages.length - 1, last.pageInfo.endCursor ?? null);
  }

  stop(): void {
    for (const query of this.#queries.splice(0)) query.stop();
  }

  /** (Re)opens page `index` after `after`; a page being replaced shows its old nodes until then. */
  #open(index: number, after: string | null): void {
    this.#queries[index]?.stop();
    const query = { after, stop: () => {} };
    this.#queries[index] = query;
    const variables = { ...this.#variables, first: this.pageSize, after } as unknown as Variables;
    query.stop = client.query(this.document, variables, { additionalTypenames: this.typenames }).subscribe((result) => {
      if (this.#queries[index] !== query) return;
      this.error = errorMessage(result.error);
      if (!result.data) return;
      this.#pages[index] = this.connection(result.data) ?? { edges: [], pageInfo: { hasNextPage: false } };
      this.#chain(index);
    }).unsubscribe;
  }

  /**
   * After page `index` changed (a mutation made the cache refetch it), the next page continues
   * where this one now ends, so an item added or removed above neither goes missing nor shows
   * twice; when this page is now the last one, the later pages go.
   */
  #chain(index: number): void {
    if (index + 1 >= this.#queries.length) return;
    const end = this.#pages[index]!.pageInfo;
    if (!end.hasNextPage) {
      for (const query of this.#queries.splice(index + 1)) query.stop();
      this.#pages.splice(index + 1);
    } else if (this.#queries[index + 1]!.after !== (end.endCursor ?? null)) this.#open(index + 1, end.endCursor ?? null);
  }
}
