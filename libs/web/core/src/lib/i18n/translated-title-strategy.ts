import { Injectable, OnDestroy, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Subscription } from 'rxjs';

/**
 * Route `title`s are translation keys. The document title becomes
 * "<translated page title> · Crowdforge" and follows language switches.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy implements OnDestroy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private subscription?: Subscription;

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const pageKey = this.buildTitle(snapshot);
    this.subscription?.unsubscribe();
    this.subscription = this.transloco.selectTranslation().subscribe(() => {
      const appName = this.transloco.translate('app.name');
      const title = pageKey
        ? this.transloco.translate('app.documentTitle', { page: this.transloco.translate(pageKey) })
        : appName;
      this.title.setTitle(title);
    });
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
