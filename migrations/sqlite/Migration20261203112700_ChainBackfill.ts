import { Migration } from '@mikro-orm/migrations';
import { backfillChains } from '../../server/chain/chain-backfill.ts';

export class Migration20261203112700_ChainBackfill extends Migration {

  override name = 'Migration20261203112700_ChainBackfill';

  // The hash chain of every vehicle's records written before it existed (SPEC §22).
  override async up(): Promise<void> {
    await backfillChains((sql, params) => this.execute(sql, params), 'sqlite');
  }

}
