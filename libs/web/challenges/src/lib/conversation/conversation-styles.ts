/** Styles shared by the conversation sections of the challenge page. */
export const CONVERSATION_STYLES = `
  :host { display: block; }
  h2 { margin: 0 0 var(--cf-space-3); font: var(--mat-sys-title-large); }
  .items { margin: 0; padding: 0; list-style: none; display: grid; gap: var(--cf-space-3); }
  .item { padding: var(--cf-space-3); border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
  .meta { margin: var(--cf-space-1) 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  .reply { margin-block-start: var(--cf-space-2); padding-inline-start: var(--cf-space-3);
    border-inline-start: 3px solid var(--mat-sys-primary); }
  .reply :is(p) { margin: 0 0 var(--cf-space-1); }
  form { display: grid; gap: var(--cf-space-2); margin-block-start: var(--cf-space-3); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--cf-space-2); }
  .error { color: var(--mat-sys-error); margin: 0; }
  .empty { color: var(--mat-sys-on-surface-variant); margin: 0; }
`;
