import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { injectManagedOrganisations } from '../shared/managed-organisations';

/** "New challenge" for people who run challenges: straight to the editor, or first a choice of organisation. */
@Component({
  selector: 'cf-new-challenge-button',
  imports: [MatAnchor, MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let organisations = managed();
    @if (organisations.length === 1) {
      <a
        mat-flat-button
        routerLink="/challenges/new"
        [queryParams]="{ organisationId: organisations[0].organisationId }"
        data-testid="new-challenge"
      >
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'challenges.browse.new' | transloco }}
      </a>
    } @else if (organisations.length > 1) {
      <button mat-flat-button type="button" [matMenuTriggerFor]="choose" data-testid="new-challenge">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'challenges.browse.new' | transloco }}
        <mat-icon svgIcon="keyboard_arrow_down" iconPositionEnd aria-hidden="true" />
      </button>
      <mat-menu #choose="matMenu">
        @for (organisation of organisations; track organisation.organisationId) {
          <a
            mat-menu-item
            routerLink="/challenges/new"
            [queryParams]="{ organisationId: organisation.organisationId }"
            data-testid="new-challenge-organisation"
            >{{ organisation.organisationName }}</a
          >
        }
      </mat-menu>
    }
  `,
})
export class NewChallengeButton {
  protected readonly managed = injectManagedOrganisations();
}
