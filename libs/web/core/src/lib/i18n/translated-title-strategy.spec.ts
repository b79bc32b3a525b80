import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { translocoTesting } from '../../testing/transloco-testing';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '' })
class BlankPage {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideRouter([
          { path: '', component: BlankPage, title: 'home.documentTitle' },
          { path: 'untitled', component: BlankPage },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows language switches', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    const title = TestBed.inject(Title);

    expect(title.getTitle()).toBe('Solve real problems with your crowd · Crowdforge');

    TestBed.inject(LanguageService).use('nl');

    expect(title.getTitle()).toBe('Los echte problemen op met jouw crowd · Crowdforge');
  });

  it('uses the app name for routes without a title', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe('Crowdforge');
  });
});
