import { ORGANISATION_PERMISSIONS, roleAllows } from './permissions';

describe('roleAllows', () => {
  it('gives owners and admins every permission', () => {
    for (const permission of ORGANISATION_PERMISSIONS) {
      expect(roleAllows('owner', permission)).toBe(true);
      expect(roleAllows('admin', permission)).toBe(true);
    }
  });

  it('lets only owners and admins manage members and the organisation', () => {
    for (const role of ['manager', 'moderator', 'reviewer', 'member'] as const) {
      expect(roleAllows(role, 'members:manage')).toBe(false);
      expect(roleAllows(role, 'organisation:manage')).toBe(false);
    }
  });

  it('gives each working role its own work and no one else’s', () => {
    expect(roleAllows('manager', 'challenges:manage')).toBe(true);
    expect(roleAllows('manager', 'grants:manage')).toBe(true);
    expect(roleAllows('moderator', 'moderation:act')).toBe(true);
    expect(roleAllows('moderator', 'challenges:manage')).toBe(false);
    expect(roleAllows('reviewer', 'review:score')).toBe(true);
    expect(roleAllows('reviewer', 'moderation:act')).toBe(false);
    expect(roleAllows('member', 'organisation:read')).toBe(true);
    expect(roleAllows('member', 'review:score')).toBe(false);
  });
});
