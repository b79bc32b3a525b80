import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { provideFeatureIcons } from '../icons/feature-icons';
import { PasswordToggle } from './password-toggle';

@Component({
  imports: [PasswordToggle],
  template: `<input #password type="password" value="secret" /><cf-password-toggle [input]="password" />`,
})
class Host {}

describe('PasswordToggle', () => {
  it('shows and hides the password, telling assistive technology which it is', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideCrowdforgeIcons(), provideFeatureIcons()],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;
    const button = element.querySelector('button') as HTMLButtonElement;

    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Show password');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.querySelector('mat-icon')?.getAttribute('data-mat-icon-name')).toBe('visibility');

    button.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.querySelector('mat-icon')?.getAttribute('data-mat-icon-name')).toBe('visibility_off');

    button.click();
    await fixture.whenStable();
    expect(input.type).toBe('password');
  });
});
