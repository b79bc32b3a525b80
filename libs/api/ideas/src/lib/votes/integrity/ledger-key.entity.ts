import { ChallengeRow } from '@crowdforge/api-challenges';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * A challenge's random key for the pseudonyms of its recount ledger, made at the first export: the
 * same voter has the same pseudonym in every export of the challenge and unrelated ones elsewhere.
 */
@Entity({ name: 'vote_ledger_keys' })
@Check('vote_ledger_keys_key_check', `octet_length(key) = 32`)
export class VoteLedgerKeyRow {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @OneToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ type: 'bytea' })
  key!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
