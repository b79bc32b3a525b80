import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { SeedRun } from './seed-run.entity';

export interface DemoSeeder {
  /** Stable and unique: a seeder that ran once under this name never runs again. */
  name: string;
  /** Lower runs first (e.g. identity 10, challenges 20, ideas 30). */
  order: number;
  run(manager: EntityManager): Promise<void>;
}

/**
 * Each capability registers its demo data here (from onModuleInit); the API
 * runs them at start on the embedded database or when SEED_DEMO=true.
 */
@Injectable()
export class DemoSeeds {
  private readonly logger = new Logger('DemoSeeds');
  private readonly seeders = new Map<string, DemoSeeder>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  register(seeder: DemoSeeder): void {
    if (this.seeders.has(seeder.name)) throw new Error(`Demo seeder "${seeder.name}" is registered twice`);
    this.seeders.set(seeder.name, seeder);
  }

  /** Runs every seeder not run before, each in its own transaction; returns the names that ran. */
  async run(): Promise<string[]> {
    const ran: string[] = [];
    const ordered = [...this.seeders.values()].sort((a, b) => a.order - b.order);
    for (const seeder of ordered) {
      const didRun = await this.dataSource.transaction(async (manager) => {
        // The insert claims the seeder: a concurrent instance waits on it, then finds it taken.
        const claimed = await manager
          .createQueryBuilder()
          .insert()
          .into(SeedRun)
          .values({ name: seeder.name, ranAt: this.clock.now() })
          .orIgnore()
          .returning('name')
          .execute();
        if (claimed.raw.length === 0) return false;
        await seeder.run(manager);
        return true;
      });
      if (didRun) {
        this.logger.log(`Seeded demo data: ${seeder.name}`);
        ran.push(seeder.name);
      }
    }
    return ran;
  }
}
