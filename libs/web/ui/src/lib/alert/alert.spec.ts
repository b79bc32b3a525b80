import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { translocoTesting } from '../../testing/transloco-testing';
import { FormMessageView } from '../form-message/form-message';
import { provideFeatureIcons } from '../icons/feature-icons';
import { Alert } from './alert';

@Component({
  imports: [Alert, FormMessageView],
  template: `
    <cf-alert kind="error" title="Not saved"><p>Try again.</p></cf-alert>
    <cf-alert kind="success"><p>Saved.</p></cf-alert>
    <cf-form-message [message]="message()" />
  `,
})
class Host {
  readonly message = signal<{ text?: string; key?: string } | null>({ key: 'errors.network' });
}

describe('Alert and FormMessageView', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideCrowdforgeIcons(), provideFeatureIcons()],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, alerts: () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('cf-alert')) };
  }

  it('announces errors at once and other messages politely, with a matching icon', async () => {
    const { alerts } = await render();
    const [error, success] = alerts();

    expect(error.getAttribute('role')).toBe('alert');
    expect(error.querySelector('.title')?.textContent).toBe('Not saved');
    expect(error.querySelector('mat-icon')?.getAttribute('data-mat-icon-name')).toBe('error');
    expect(success.getAttribute('role')).toBe('status');
    expect(success.querySelector('mat-icon')?.getAttribute('data-mat-icon-name')).toBe('check_circle');
  });

  it('shows a form message from a translation key or a text, and nothing without one', async () => {
    const { fixture, alerts } = await render();
    expect(alerts()[2].textContent).toContain("We can't reach Crowdforge right now.");

    fixture.componentInstance.message.set({ text: 'The slug is taken.' });
    await fixture.whenStable();
    expect(alerts()[2].textContent).toContain('The slug is taken.');

    fixture.componentInstance.message.set(null);
    await fixture.whenStable();
    expect(alerts()).toHaveLength(2);
  });
});
