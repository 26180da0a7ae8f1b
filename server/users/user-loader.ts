import type { Context } from '../context.ts';
import { loader } from '../db/loaders.ts';
import { User } from '../identity/user.entity.ts';

/** Accounts by id, batched per request (references such as a business owner). */
export function userById(context: Pick<Context, 'em' | 'loaders'>, id: string): Promise<User | null> {
  return loader<string, User | null>(context, 'userById', async (ids) => {
    const users = await context.em.getRepository(User).byIds(ids);
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((key) => byId.get(key) ?? null);
  }).load(id);
}
