import { TestBed } from '@angular/core/testing';
import { LanguageService } from '@crowdforge/web-core';
import { aUser, render } from '../../testing/render';
import { ProfilePage } from './profile-page';

describe('ProfilePage', () => {
  it('starts from the profile and saves what changed, with expertise tags', async () => {
    const page = await render(ProfilePage);
    expect(page.byTestId<HTMLInputElement>('profile-name')?.value).toBe('Ada Lovelace');
    expect(page.byTestId('expertise-maths')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('profile-save')?.disabled).toBe(true);

    const tagInput = page.byTestId<HTMLInputElement>('expertise-input');
    if (!tagInput) throw new Error('no tag input');
    tagInput.value = 'tea';
    tagInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }));
    await page.settle();
    page.byTestId('privacy-name')?.querySelector('button')?.click();
    page.byTestId('language-option-nl')?.querySelector('input')?.click();
    await page.settle();

    page.byTestId('profile-save')?.click();
    const request = page.backend.expectOne({ method: 'PATCH', url: '/api/v1/me' });
    expect(request.request.body).toEqual({
      displayName: 'Ada Lovelace',
      bio: 'Engines.',
      expertise: ['maths', 'tea'],
      language: 'nl',
      showOnLeaderboards: true,
      showNameOnIdeas: false,
    });
    request.flush(aUser({ expertise: ['maths', 'tea'], language: 'nl', showNameOnIdeas: false }));
    await page.settle();

    expect(page.session.setUser).toHaveBeenCalled();
    expect(page.toast.success).toHaveBeenCalledWith('ui.saved');
    expect(TestBed.inject(LanguageService).active()).toBe('nl');
  });

  it('shows the API field errors next to the fields', async () => {
    const page = await render(ProfilePage);
    page.type('profile-name', 'Ada');
    await page.settle();
    page.byTestId('profile-save')?.click();

    page.backend.expectOne('/api/v1/me').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid',
        code: 'validation_failed',
        errors: [{ field: 'displayName', messages: ['This name is taken by a famous person.'] }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await page.settle();

    expect(page.element.querySelector('mat-error')?.textContent).toContain('This name is taken by a famous person.');
    expect(page.byTestId('form-error')).toBeNull();
  });
});
