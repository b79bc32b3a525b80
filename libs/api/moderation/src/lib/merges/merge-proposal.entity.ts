import { User } from '@crowdforge/api-identity';
import { IdeaRow } from '@crowdforge/api-ideas';
import type { MergeProposalState } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A proposal to merge one idea into another of the same challenge. It waits for an author of each
 * idea to accept; either may decline, with a reason. Accepted, the merge happens at once.
 */
@Entity({ name: 'idea_merge_proposals' })
// One open proposal per duplicate: a second proposal waits until the first is answered.
@Index('idea_merge_proposals_pending_unique', ['mergedIdeaId'], { unique: true, where: `state = 'pending'` })
@Index('idea_merge_proposals_kept_idx', ['keptIdeaId'])
@Check('idea_merge_proposals_two_ideas_check', `merged_idea_id <> kept_idea_id`)
@Check('idea_merge_proposals_state_check', `state IN ('pending', 'accepted', 'declined')`)
@Check('idea_merge_proposals_decided_check', `(state = 'pending') = (decided_at IS NULL)`)
@Check(
  'idea_merge_proposals_accepted_check',
  `state <> 'accepted' OR (merged_consent_at IS NOT NULL AND kept_consent_at IS NOT NULL)`,
)
export class MergeProposalRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The duplicate, which becomes `merged`. */
  @Column({ name: 'merged_idea_id', type: 'uuid' })
  mergedIdeaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merged_idea_id' })
  mergedIdea?: IdeaRow;

  /** The idea that continues, with both ideas' supporters, comments and files. */
  @Column({ name: 'kept_idea_id', type: 'uuid' })
  keptIdeaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kept_idea_id' })
  keptIdea?: IdeaRow;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: User | null;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: MergeProposalState;

  /** When an author of the duplicate accepted (the proposer, if one of them). */
  @Column({ name: 'merged_consent_at', type: 'timestamptz', nullable: true })
  mergedConsentAt!: Date | null;

  @Column({ name: 'kept_consent_at', type: 'timestamptz', nullable: true })
  keptConsentAt!: Date | null;

  @Column({ name: 'declined_by_id', type: 'uuid', nullable: true })
  declinedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'declined_by_id' })
  declinedBy?: User | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
