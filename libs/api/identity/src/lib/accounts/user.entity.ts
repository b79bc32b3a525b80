import type { Language } from '@crowdforge/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_language_check', `language IN ('en', 'nl')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased; null once the account is deleted (the person's ideas stay, as "former member"). */
  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  bio!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  @Column({ type: 'varchar', length: 2, default: 'en' })
  language!: Language;

  @Column({ name: 'show_on_leaderboards', type: 'boolean', default: true })
  showOnLeaderboards!: boolean;

  @Column({ name: 'show_name_on_ideas', type: 'boolean', default: true })
  showNameOnIdeas!: boolean;

  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
