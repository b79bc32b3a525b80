import { Clipboard } from '@angular/cdk/clipboard';
import type { AccessTokenView, CreatedAccessToken } from '@crowdforge/contracts';
import { MatDialog } from '@angular/material/dialog';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { render } from '../../testing/render';
import { TokensPage } from './tokens-page';

const existing: AccessTokenView = {
  id: 't-1',
  name: 'Old script',
  scopes: ['read'],
  createdAt: '2026-01-05T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
};
const created: CreatedAccessToken = {
  id: 't-2',
  name: 'Reporting',
  scopes: ['read', 'write'],
  createdAt: '2026-03-01T10:00:00Z',
  lastUsedAt: null,
  expiresAt: '2026-05-30T10:00:00Z',
  token: 'cf_pat_s3cr3t-value',
};

describe('TokensPage', () => {
  it('lists the tokens with what they may do and when they expire', async () => {
    const page = await render(TokensPage);
    page.backend.expectOne({ method: 'GET', url: '/api/v1/me/tokens' }).flush([existing]);
    await page.settle();

    const items = page.allByTestId('token-item');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Old script');
    expect(items[0].textContent).toContain('Read only');
    expect(items[0].textContent).toContain('never used');
    expect(items[0].textContent).toContain('does not expire');
  });

  it('shows a created token once, with a copy button, and never again', async () => {
    const page = await render(TokensPage);
    page.backend.expectOne('/api/v1/me/tokens').flush([existing]);
    await page.settle();

    page.type('token-name', '  Reporting ');
    page.byTestId('token-access-write')?.querySelector('input')?.click();
    await page.settle();
    page.byTestId('token-create')?.click();
    const request = page.backend.expectOne({ method: 'POST', url: '/api/v1/me/tokens' });
    expect(request.request.body).toEqual({ name: 'Reporting', scopes: ['read', 'write'], expiresInDays: 90 });
    request.flush(created);
    await page.settle();
    page.backend
      .expectOne({ method: 'GET', url: '/api/v1/me/tokens' })
      .flush([existing, { ...created, token: undefined }]);
    await page.settle();

    expect(page.byTestId<HTMLInputElement>('token-value')?.value).toBe('cf_pat_s3cr3t-value');
    expect(page.byTestId('token-created')?.textContent).toContain('You will not see it again.');
    expect(page.allByTestId('token-item')).toHaveLength(2);
    expect(page.byTestId('token-list')?.textContent).not.toContain('cf_pat_s3cr3t-value');
    expect(page.byTestId<HTMLInputElement>('token-name')?.value).toBe('');

    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    page.byTestId('token-copy')?.click();
    await page.settle();
    expect(copy).toHaveBeenCalledWith('cf_pat_s3cr3t-value');
    expect(page.byTestId('token-copy')?.textContent).toContain('Copied');

    page.byTestId('token-done')?.click();
    await page.settle();
    expect(page.byTestId('token-created')).toBeNull();
    expect(page.element.textContent).not.toContain('cf_pat_s3cr3t-value');
  });

  it('creates a token that never expires without an expiry', async () => {
    const page = await render(TokensPage);
    page.backend.expectOne('/api/v1/me/tokens').flush([]);
    await page.settle();
    expect(page.byTestId('token-list')?.textContent).toContain('No access tokens');

    page.type('token-name', 'Forever');
    (
      page.fixture.componentInstance as unknown as {
        form: { controls: { expiresInDays: { setValue(v: number): void } } };
      }
    ).form.controls.expiresInDays.setValue(0);
    page.byTestId('token-create')?.click();

    const request = page.backend.expectOne({ method: 'POST', url: '/api/v1/me/tokens' });
    expect(request.request.body).toEqual({ name: 'Forever', scopes: ['read'] });
  });

  it('revokes a token after confirmation', async () => {
    const page = await render(TokensPage);
    const open = jest
      .spyOn(TestBed.inject(MatDialog), 'open')
      .mockReturnValue({ afterClosed: () => of(true) } as never);
    page.backend.expectOne('/api/v1/me/tokens').flush([existing]);
    await page.settle();

    page.byTestId('token-revoke')?.click();
    await page.settle();

    expect(open).toHaveBeenCalled();
    page.backend
      .expectOne({ method: 'DELETE', url: '/api/v1/me/tokens/t-1' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(page.toast.success).toHaveBeenCalledWith('account.tokens.revoked', { name: 'Old script' });
    page.backend.expectOne('/api/v1/me/tokens').flush([]);
  });
});
