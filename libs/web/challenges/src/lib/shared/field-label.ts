import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The part of a brief an API field path is about, in words: `criteria.0.weight` →
 * "Evaluation criteria". Unknown fields stay as they are. Impure so it follows language switches.
 */
@Pipe({ name: 'cfFieldLabel', pure: false })
export class FieldLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(path: string): string {
    const key = `challenges.fields.${path.split('.')[0]}`;
    const translation = this.transloco.translate(key);
    return translation === key ? path : translation;
  }
}
