import { ChallengeRow } from '@crowdforge/api-challenges';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** A challenge's voting rules, set by its organisers before voting opens; none means the defaults. */
@Entity({ name: 'challenge_voting_rules' })
@Check('challenge_voting_rules_limit_check', `vote_limit IS NULL OR vote_limit > 0`)
export class VotingRulesRow {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @OneToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ name: 'vote_limit', type: 'integer', nullable: true })
  voteLimit!: number | null;

  @Column({ name: 'authors_may_vote', type: 'boolean', default: false })
  authorsMayVote!: boolean;
}
