import type { RequestScope } from '../request-scope.ts';
import { LoaderKey } from '../db/loaders.ts';
import { User } from '../identity/user.entity.ts';

const userByIdLoader = new LoaderKey<string, User | null>('userById');

/** Accounts by id, batched per request (references such as a business owner). */
export function userById(context: RequestScope, id: string): Promise<User | null> {
  return context.loaders.get(userByIdLoader, async (ids) => {
    const users = await context.em.getRepository(User).byIds(ids);
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((key) => byId.get(key) ?? null);
  }).load(id);
}
