import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser, OrganisationRole } from '@crowdforge/contracts';
import { SessionStore } from '@crowdforge/web-identity-data';
import { ToastService } from '@crowdforge/web-ui';
import { provideFeatureIcons } from '@crowdforge/web-ui';
import { provideCrowdforgeIcons } from '@crowdforge/web-ui/icons';
import { aUser } from '../../testing/render';
import { translocoTesting } from '../../testing/transloco-testing';
import { OrganisationPage } from './organisation-page';

@Component({ template: '<p data-testid="tab">tab</p>' })
class Tab {}

describe('OrganisationPage', () => {
  async function open(role: OrganisationRole | null, platformAdmin = false) {
    const user = signal<CurrentUser | null>(
      aUser({
        isPlatformAdmin: platformAdmin,
        memberships: role
          ? [{ organisationId: 'org-1', organisationSlug: 'tea', organisationName: 'Leafy Tea', role }]
          : [],
      }),
    );
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideCrowdforgeIcons(),
        provideFeatureIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ToastService, useValue: { success: jest.fn() } },
        {
          provide: SessionStore,
          useValue: {
            user,
            isPlatformAdmin: () => user()?.isPlatformAdmin ?? false,
            roleIn: (id: string) => user()?.memberships.find((m) => m.organisationId === id)?.role ?? null,
          },
        },
        provideRouter([
          {
            path: 'organisations/:organisationId',
            component: OrganisationPage,
            children: ['members', 'invitations', 'grants', 'branding'].map((path) => ({ path, component: Tab })),
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create('/organisations/org-1/members');
    TestBed.inject(HttpTestingController).expectOne('/api/v1/organisations/org-1').flush({
      id: 'org-1',
      slug: 'tea',
      name: 'Leafy Tea',
      brandColour: '#b5651d',
      logoUrl: null,
      createdAt: '2026-01-01',
    });
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    const tabs = () =>
      Array.from(element.querySelectorAll('[data-testid^="organisation-tab-"]')).map((tab) =>
        tab.getAttribute('data-testid')?.replace('organisation-tab-', ''),
      );
    return { element, tabs };
  }

  it('marks the page with the organisation colour and names my role', async () => {
    const { element } = await open('member');

    expect(element.querySelector('[data-testid="page-title"]')?.textContent).toBe('Leafy Tea');
    expect(
      element.querySelector<HTMLElement>('[data-testid="organisation-banner"]')?.style.getPropertyValue('--cf-brand'),
    ).toBe('#b5651d');
    expect(element.querySelector('[data-testid="my-role"]')?.textContent).toBe('Your role: Member');
  });

  it('shows a plain member only the members tab', async () => {
    const { tabs, element } = await open('member');

    expect(tabs()).toEqual(['members']);
    expect(element.querySelector('[data-testid="leave-organisation"]')).not.toBeNull();
  });

  it('shows a moderator the moderation, a manager the challenge roles and guidelines, and administrators everything', async () => {
    expect((await open('moderator')).tabs()).toEqual(['members', 'moderation']);
    TestBed.resetTestingModule();
    expect((await open('manager')).tabs()).toEqual(['members', 'grants', 'moderation', 'guidelines']);
    TestBed.resetTestingModule();
    expect((await open('admin')).tabs()).toEqual([
      'members',
      'invitations',
      'grants',
      'branding',
      'moderation',
      'guidelines',
    ]);
  });

  it('lets a platform administrator manage an organisation they are not in', async () => {
    const { tabs, element } = await open(null, true);

    expect(tabs()).toEqual(['members', 'invitations', 'grants', 'branding', 'moderation', 'guidelines']);
    expect(element.querySelector('[data-testid="my-role"]')?.textContent).toContain('platform administrator');
    expect(element.querySelector('[data-testid="leave-organisation"]')).toBeNull();
  });
});
