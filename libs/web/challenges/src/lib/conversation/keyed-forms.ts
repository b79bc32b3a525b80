import type { AbstractControl } from '@angular/forms';

/** One form per item of a list, made when first shown (an answer per question, a response per amendment). */
export class KeyedForms<F extends AbstractControl> {
  private readonly forms = new Map<string, F>();

  constructor(private readonly make: () => F) {}

  of(key: string): F {
    let form = this.forms.get(key);
    if (!form) {
      form = this.make();
      this.forms.set(key, form);
    }
    return form;
  }
}
