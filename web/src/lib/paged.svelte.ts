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
  #stops: (() => void)[] = [];
  #variables = {} as Omit<Variables, 'after' | 'first'>;
  error = $state<string | null>(null);

  constructor(
    private readonly document: TypedDocumentNode<Data, Variables>,
    private readonly connection: (data: Data) => Connection<Node> | null | undefined,
    private readonly typenames: string[],
    readonly pageSize = 25,
  ) {}

  /**
   * Every node of the pages loaded so far, in the server's order, each once: when a change
   * refetches the pages, a node can move from one page into the next one's range.
   */
  get nodes(): Node[] {
    const seen = new Set<string>();
    return this.#pages.flatMap((page) => page?.edges.map((edge) => edge.node) ?? []).filter((node) => !seen.has(node.id) && !!seen.add(node.id));
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
      this.#pages = [];
      this.#fetch(null);
    });
    return () => this.stop();
  }

  more(): void {
    const last = this.#pages.at(-1);
    if (last?.pageInfo.hasNextPage) this.#fetch(last.pageInfo.endCursor ?? null);
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }

  #fetch(after: string | null): void {
    const index = this.#pages.length;
    this.#pages.push(null);
    const variables = { ...this.#variables, first: this.pageSize, after } as unknown as Variables;
    const { unsubscribe } = client.query(this.document, variables, { additionalTypenames: this.typenames }).subscribe((result) => {
      this.error = errorMessage(result.error);
      if (result.data) this.#pages[index] = this.connection(result.data) ?? { edges: [], pageInfo: { hasNextPage: false } };
    });
    this.#stops.push(unsubscribe);
  }
}
