import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DemoSeeds } from '@crowdforge/api-platform';
import type { OrganisationRole } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/passwords';

/** Every demo account signs in with this password (listed in the README). */
export const DEMO_PASSWORD = 'crowdforge-demo';

interface DemoAccount {
  email: string;
  name: string;
  language: 'en' | 'nl';
  role?: OrganisationRole;
  platformAdmin?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.crowdforge.test', name: 'Pat Platform', language: 'en', platformAdmin: true },
  { email: 'owner@demo.crowdforge.test', name: 'Olivia Owner', language: 'en', role: 'owner' },
  { email: 'orgadmin@demo.crowdforge.test', name: 'Ahmed Admin', language: 'en', role: 'admin' },
  { email: 'manager@demo.crowdforge.test', name: 'Maya Manager', language: 'en', role: 'manager' },
  { email: 'reviewer@demo.crowdforge.test', name: 'Ruben Reviewer', language: 'nl', role: 'reviewer' },
  { email: 'moderator@demo.crowdforge.test', name: 'Mila Moderator', language: 'nl', role: 'moderator' },
  { email: 'member@demo.crowdforge.test', name: 'Max Member', language: 'en', role: 'member' },
  { email: 'crowd@demo.crowdforge.test', name: 'Chris Crowd', language: 'nl' },
];

/** The tea brand from the product brief, with one account per role. */
@Injectable()
export class IdentityDemoSeeder implements OnModuleInit {
  constructor(private readonly seeds: DemoSeeds) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'identity.demo-organisation', order: 10, run: (manager) => this.run(manager) });
  }

  private async run(manager: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const [organisation] = await manager.query(
      `INSERT INTO organisations (slug, name, brand_colour) VALUES ('leafy-tea', 'Leafy Tea Company', '#2f7d4f') RETURNING id`,
    );
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await manager.query(
        // Accounts of long standing: their votes count as established in the integrity report.
        `INSERT INTO users (email, password_hash, display_name, language, email_verified_at, is_platform_admin, created_at)
         VALUES ($1, $2, $3, $4, now() - interval '1 year', $5, now() - interval '1 year') RETURNING id`,
        [account.email, passwordHash, account.name, account.language, account.platformAdmin ?? false],
      );
      if (account.role) {
        await manager.query('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
          organisation.id,
          user.id,
          account.role,
        ]);
      }
    }
  }
}
