/** The connection string the API uses; main.ts decides it (configured or embedded). */
export class DatabaseUrl {
  constructor(readonly value: string) {}
}
