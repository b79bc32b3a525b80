import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { translocoTesting } from '../../testing/transloco-testing';
import { confirmAction } from './confirm-dialog';

describe('confirmAction', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoTesting('en')] }));
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open() {
    const answer = confirmAction(TestBed.inject(MatDialog), {
      title: 'Remove Ada?',
      message: 'She loses access at once.',
      confirmLabel: 'Remove',
      destructive: true,
    });
    await new Promise((resolve) => setTimeout(resolve));
    const panel = document.querySelector('mat-dialog-container') as HTMLElement;
    return { answer, panel };
  }

  it('asks with the consequence spelled out, as an alert dialog', async () => {
    const { panel } = await open();

    expect(panel.getAttribute('role')).toBe('alertdialog');
    expect(panel.querySelector('h2')?.textContent).toBe('Remove Ada?');
    expect(panel.textContent).toContain('She loses access at once.');
    expect(panel.querySelector('[data-testid="confirm-accept"]')?.classList).toContain('cf-destructive');
    expect(panel.querySelector('[data-testid="confirm-cancel"]')?.textContent?.trim()).toBe('Cancel');
  });

  it('resolves true on confirm and false on cancel', async () => {
    const first = await open();
    first.panel.querySelector<HTMLElement>('[data-testid="confirm-accept"]')?.click();
    expect(await first.answer).toBe(true);

    const second = await open();
    second.panel.querySelector<HTMLElement>('[data-testid="confirm-cancel"]')?.click();
    expect(await second.answer).toBe(false);
  });
});
