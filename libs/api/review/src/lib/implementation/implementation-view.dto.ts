import { ApiProperty } from '@nestjs/swagger';
import { RenderedTextDto } from '@crowdforge/api-challenges';
import type { ImplementationMilestoneView, ImplementationUpdateView, ImplementationView } from '@crowdforge/contracts';

class ImplementationOwnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class MilestoneViewDto implements ImplementationMilestoneView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt!: string | null;
}

class UpdateViewDto implements ImplementationUpdateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RenderedTextDto }) text!: RenderedTextDto;
  @ApiProperty() progress!: number;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ImplementationViewDto implements ImplementationView {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty({ type: ImplementationOwnerDto, nullable: true }) owner!: ImplementationOwnerDto | null;
  @ApiProperty() realisedValue!: string;
  @ApiProperty() progress!: number;
  @ApiProperty({ type: [MilestoneViewDto] }) milestones!: MilestoneViewDto[];
  @ApiProperty({ type: [UpdateViewDto] }) updates!: UpdateViewDto[];
  @ApiProperty() canEdit!: boolean;
}
