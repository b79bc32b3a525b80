import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per demo seeder that has run, so seeding is idempotent across restarts and instances. */
@Entity({ name: 'seed_runs' })
export class SeedRun {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'ran_at', type: 'timestamptz' })
  ranAt!: Date;
}
