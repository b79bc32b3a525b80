import { TestBed } from '@angular/core/testing';
import { render } from '../../testing/render';
import { OrganisationContext } from '../shared/organisation-context';
import { BrandingTab } from './branding-tab';

const organisation = {
  id: 'org-1',
  slug: 'tea',
  name: 'Leafy Tea',
  brandColour: '#0f5f6e',
  logoUrl: null,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('BrandingTab', () => {
  async function open() {
    const page = render(BrandingTab, { providers: [OrganisationContext] });
    TestBed.inject(OrganisationContext).id.set('org-1');
    await page.settle();
    page.backend.expectOne('/api/v1/organisations/org-1').flush(organisation);
    await page.settle();
    return page;
  }

  it('keeps the colour picker, the hex field and the preview in step', async () => {
    const page = await open();
    const picker = page.byTestId<HTMLInputElement>('branding-picker');
    expect(page.byTestId<HTMLInputElement>('branding-colour')?.value).toBe('#0f5f6e');
    expect(picker?.value).toBe('#0f5f6e');

    if (!picker) throw new Error('no picker');
    picker.value = '#b5651d';
    picker.dispatchEvent(new Event('input'));
    await page.settle();

    expect(page.byTestId<HTMLInputElement>('branding-colour')?.value).toBe('#b5651d');
    expect(page.byTestId('branding-preview')?.style.getPropertyValue('--cf-brand')).toBe('#b5651d');

    page.type('branding-colour', '#123ABC');
    await page.settle();
    expect(picker.value).toBe('#123abc');
    expect(page.byTestId('branding-swatch')?.style.background).toBe('rgb(18, 58, 188)');
  });

  it('saves name, colour and logo, and refuses a colour that is not a hex code', async () => {
    const page = await open();

    page.type('branding-colour', 'teal');
    await page.settle();
    page.byTestId('branding-save')?.click();
    await page.settle();
    page.backend.expectNone('/api/v1/organisations/org-1');
    expect(page.element.querySelector('mat-error')?.textContent).toContain('Use a hex code like #0f5f6e.');

    page.type('branding-colour', '#B5651D');
    page.type('branding-logo', 'https://example.org/logo.png');
    await page.settle();
    page.byTestId('branding-save')?.click();
    const request = page.backend.expectOne({ method: 'PATCH', url: '/api/v1/organisations/org-1' });
    expect(request.request.body).toEqual({
      name: 'Leafy Tea',
      brandColour: '#b5651d',
      logoUrl: 'https://example.org/logo.png',
    });
    request.flush({ ...organisation, brandColour: '#b5651d', logoUrl: 'https://example.org/logo.png' });
    await page.settle();

    expect(TestBed.inject(OrganisationContext).organisation.value()?.brandColour).toBe('#b5651d');
    expect(page.toast.success).toHaveBeenCalledWith('ui.saved');
  });
});
