export type HealthState = 'ok' | 'error';

export interface HealthReport {
  status: HealthState;
  /** Per dependency (e.g. `database`): `up` or `down`. */
  checks: Record<string, 'up' | 'down'>;
}
