import type { WorkshopItemSeverity, WorkshopItemStatus } from '#lib/gql/graphql.ts';

const SEVERITY_RANK: Record<WorkshopItemSeverity, number> = { high: 0, medium: 1, low: 2 };

/** The items a board shows: everything not done, the most urgent first, otherwise in the order they were recorded. */
export function boardOrder<Item extends { severity: WorkshopItemSeverity; status: WorkshopItemStatus; createdAt: string }>(items: readonly Item[]): Item[] {
  return items
    .filter((item) => item.status !== 'done')
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity] || a.index - b.index)
    .map(({ item }) => item);
}
