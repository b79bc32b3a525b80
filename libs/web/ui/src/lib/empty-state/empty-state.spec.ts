import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { EmptyState } from './empty-state';

@Component({
  imports: [EmptyState],
  template: `
    <cf-empty-state icon="lightbulb" title="No ideas yet" message="Be the first to share one." [headingLevel]="2">
      <button type="button">Share an idea</button>
    </cf-empty-state>
  `,
})
class HostWithAction {}

describe('EmptyState', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideCrowdforgeIcons()] }));

  const icon = (element: HTMLElement) => element.querySelector('mat-icon');

  it('renders its icon, title, message and projected action', async () => {
    const fixture = TestBed.createComponent(HostWithAction);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(icon(element)?.getAttribute('data-mat-icon-name')).toBe('lightbulb');
    expect(icon(element)?.querySelector('svg')).not.toBeNull();
    const title = element.querySelector('[data-testid="empty-state-title"]');
    expect(title?.textContent?.trim()).toBe('No ideas yet');
    expect(title?.getAttribute('role')).toBe('heading');
    expect(title?.getAttribute('aria-level')).toBe('2');
    expect(element.querySelector('[data-testid="empty-state-message"]')?.textContent?.trim()).toBe(
      'Be the first to share one.',
    );
    expect(element.querySelector('.actions button')?.textContent).toBe('Share an idea');
  });

  it('leaves out the message when none is given', async () => {
    const fixture = TestBed.createComponent(EmptyState);
    fixture.componentRef.setInput('title', 'Nothing here');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[data-testid="empty-state-message"]')).toBeNull();
    expect(icon(element)?.getAttribute('data-mat-icon-name')).toBe('inbox');
    expect(icon(element)?.querySelector('svg')).not.toBeNull();
    expect(element.querySelector('[data-testid="empty-state-title"]')?.getAttribute('aria-level')).toBe('3');
  });
});
