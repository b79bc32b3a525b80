export * from './lib/challenges.module';
export * from './lib/challenges.entities';
export * from './lib/challenge-policy';
export * from './lib/challenges.service';
export * from './lib/browse/challenge-figures';
export * from './lib/windows/phase-windows.service';
export * from './lib/windows/phase-window-changed.event';
export * from './lib/windows/phase-rules';
