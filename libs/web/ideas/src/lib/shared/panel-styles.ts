/** Styles shared by the cards beside an idea and its editor (submit, co-authors, actions, status). */
export const PANEL_STYLES = `
  h2 { margin: 0 0 var(--cf-space-2); font: var(--mat-sys-title-large); }
  .lead { margin: 0 0 var(--cf-space-3); }
  form { display: grid; gap: var(--cf-space-2); }
  mat-form-field { inline-size: 100%; }
  .buttons { display: flex; flex-wrap: wrap; gap: var(--cf-space-2); }
  .error { margin: var(--cf-space-2) 0 0; color: var(--mat-sys-error); }
`;
