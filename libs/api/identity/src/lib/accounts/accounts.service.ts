import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, DomainEvents, Environment, Mailer, ProblemException } from '@crowdforge/api-platform';
import type { CurrentUser, Language } from '@crowdforge/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { OneTimeLinksService } from '../links/one-time-links.service';
import { Membership } from '../organisations/membership.entity';
import { SessionsService } from '../sessions/sessions.service';
import type { ChangePasswordDto, SignUpDto, UpdateProfileDto } from './dto/account.dto';
import { equaliseTiming, hashPassword, passwordMatches, passwordWeakness } from './passwords';
import { AccountDeleted } from './account-deleted.event';
import { User } from './user.entity';

export const FORMER_MEMBER = 'Former member';

@Injectable()
export class AccountsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly links: OneTimeLinksService,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly environment: Environment,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Creates an unverified account and emails a verification link. An address that
   * already has an account gets a notice instead, and the answer is the same either way.
   */
  async signUp(input: SignUpDto): Promise<void> {
    refuseWeakPassword(input.password, input.email);
    const passwordHash = await hashPassword(input.password);
    const language = input.language ?? 'en';
    await this.entityManager.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: input.email, passwordHash, displayName: input.displayName, language })
        .orIgnore()
        .returning('id')
        .execute();
      const userId: string | undefined = inserted.raw[0]?.id;
      if (!userId) {
        const existing = await manager.findOneByOrFail(User, { email: input.email });
        await this.mailer.sendTemplate(
          input.email,
          'notification',
          {
            title: language === 'nl' ? 'Je hebt al een account' : 'You already have an account',
            body:
              language === 'nl'
                ? 'Iemand probeerde met dit adres een account aan te maken. Log in, of vraag een nieuw wachtwoord aan als je het vergeten bent.'
                : 'Someone tried to sign up with this address. Sign in, or ask for a new password if you forgot it.',
            link: this.url('/sign-in'),
          },
          existing.language,
          { manager },
        );
        return;
      }
      await this.audit.append(
        { action: 'account.created', objectType: 'user', objectId: userId, actorId: userId },
        manager,
      );
      await this.sendVerification(userId, input.email, language, manager);
    });
  }

  async resendVerification(email: string): Promise<void> {
    const user = await this.entityManager.findOneBy(User, { email, deletedAt: IsNull(), emailVerifiedAt: IsNull() });
    if (!user?.email) return;
    await this.entityManager.transaction(async (manager) => {
      await this.links.voidOpen(user.id, 'verify_email', manager);
      await this.sendVerification(user.id, user.email as string, user.language, manager);
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      const userId = await this.links.redeem(token, 'verify_email', manager);
      await manager.update(User, { id: userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: this.clock.now() });
      await this.audit.append(
        { action: 'account.verified', objectType: 'user', objectId: userId, actorId: userId },
        manager,
      );
    });
  }

  /** The account for these credentials; one message for every failure, so nobody learns which emails exist. */
  async checkCredentials(email: string, password: string): Promise<User> {
    const user = await this.entityManager.findOneBy(User, { email, deletedAt: IsNull() });
    if (!user) {
      await equaliseTiming(password);
      throw wrongCredentials();
    }
    if (!(await passwordMatches(user.passwordHash, password))) throw wrongCredentials();
    if (!user.emailVerifiedAt) {
      throw new ProblemException(403, 'forbidden', 'Confirm your email address first: follow the link we sent you.');
    }
    return user;
  }

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.entityManager.findOneBy(User, { email, deletedAt: IsNull() });
    if (!user?.email) return;
    const address = user.email;
    await this.entityManager.transaction(async (manager) => {
      await this.links.voidOpen(user.id, 'reset_password', manager);
      const { token, expiresAt } = await this.links.issue(user.id, 'reset_password', manager);
      await this.mailer.sendTemplate(
        address,
        'reset-password',
        { link: this.url(`/reset-password?token=${encodeURIComponent(token)}`), expiresAt },
        user.language,
        { manager },
      );
    });
  }

  /** Sets a new password from an emailed link and signs the person out everywhere. */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      const userId = await this.links.redeem(token, 'reset_password', manager);
      const user = await manager.findOneByOrFail(User, { id: userId });
      refuseWeakPassword(password, user.email ?? undefined);
      // Following the emailed link also proves the address.
      await manager.update(
        User,
        { id: userId },
        { passwordHash: await hashPassword(password), emailVerifiedAt: user.emailVerifiedAt ?? this.clock.now() },
      );
      await this.sessions.endAllFor(userId, undefined, manager);
      await this.audit.append(
        { action: 'account.password_reset', objectType: 'user', objectId: userId, actorId: userId },
        manager,
      );
    });
  }

  /** Changes the password and ends every other session of the person. */
  async changePassword(userId: string, currentSessionId: string | undefined, input: ChangePasswordDto): Promise<void> {
    const user = await this.require(userId);
    if (!(await passwordMatches(user.passwordHash, input.currentPassword))) {
      throw new ProblemException(400, 'validation_failed', 'Your current password is not right.', [
        { field: 'currentPassword', messages: ['Your current password is not right.'] },
      ]);
    }
    refuseWeakPassword(input.newPassword, user.email ?? undefined);
    const passwordHash = await hashPassword(input.newPassword);
    await this.entityManager.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash });
      await this.sessions.endAllFor(userId, currentSessionId, manager);
      await this.audit.append({ action: 'account.password_changed', objectType: 'user', objectId: userId }, manager);
    });
  }

  async updateProfile(userId: string, changes: UpdateProfileDto): Promise<CurrentUser> {
    await this.require(userId);
    const expertise = changes.expertise && [...new Set(changes.expertise.map((tag) => tag.trim().toLowerCase()))];
    await this.entityManager.update(User, { id: userId }, { ...changes, ...(expertise && { expertise }) });
    return this.currentUser(userId);
  }

  async currentUser(userId: string): Promise<CurrentUser> {
    const user = await this.require(userId);
    const memberships = await this.entityManager.find(Membership, {
      where: { userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return {
      id: user.id,
      email: user.email ?? '',
      emailVerified: user.emailVerifiedAt !== null,
      displayName: user.displayName,
      bio: user.bio,
      expertise: user.expertise,
      language: user.language,
      showOnLeaderboards: user.showOnLeaderboards,
      showNameOnIdeas: user.showNameOnIdeas,
      isPlatformAdmin: user.isPlatformAdmin,
      memberships: memberships.map((membership) => ({
        organisationId: membership.organisationId,
        organisationSlug: membership.organisation?.slug ?? '',
        organisationName: membership.organisation?.name ?? '',
        role: membership.role,
      })),
    };
  }

  /** Erases personal data; what the person contributed stays, attributed to "former member". */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const user = await this.require(userId);
    if (!(await passwordMatches(user.passwordHash, password))) {
      throw new ProblemException(400, 'validation_failed', 'Your password is not right.', [
        { field: 'password', messages: ['Your password is not right.'] },
      ]);
    }
    await this.entityManager.transaction(async (manager) => {
      const ownerships: { organisation_id: string }[] = await manager.query(
        `SELECT m.organisation_id FROM memberships m
         WHERE m.user_id = $1 AND m.role = 'owner'
           AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.organisation_id = m.organisation_id AND o.role = 'owner' AND o.user_id <> $1)`,
        [userId],
      );
      if (ownerships.length > 0) {
        throw new ProblemException(
          409,
          'conflict',
          'You are the last owner of an organisation: make someone else owner first.',
        );
      }
      await manager.update(
        User,
        { id: userId },
        {
          email: null,
          passwordHash: null,
          displayName: FORMER_MEMBER,
          bio: '',
          expertise: [],
          showOnLeaderboards: false,
          showNameOnIdeas: false,
          isPlatformAdmin: false,
          deletedAt: this.clock.now(),
        },
      );
      await manager.delete(Membership, { userId });
      await manager.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
      await manager.query('DELETE FROM personal_access_tokens WHERE user_id = $1', [userId]);
      await manager.query('DELETE FROM one_time_links WHERE user_id = $1', [userId]);
      await manager.query('DELETE FROM grants WHERE user_id = $1', [userId]);
      await this.audit.append({ action: 'account.deleted', objectType: 'user', objectId: userId }, manager);
    });
    await this.events.publish(new AccountDeleted(userId, this.clock.now()));
  }

  /** The person, read with `manager` inside a transaction (a second pool connection there can deadlock the pool). */
  async require(userId: string, manager: EntityManager = this.entityManager): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId, deletedAt: IsNull() });
    if (!user) throw new ProblemException(404, 'not_found', 'No such account.');
    return user;
  }

  private async sendVerification(
    userId: string,
    email: string,
    language: Language,
    manager: EntityManager,
  ): Promise<void> {
    const { token } = await this.links.issue(userId, 'verify_email', manager);
    await this.mailer.sendTemplate(
      email,
      'verify-email',
      { link: this.url(`/verify-email?token=${encodeURIComponent(token)}`) },
      language,
      { manager },
    );
  }

  private url(path: string): string {
    return new URL(path, this.environment.PUBLIC_URL).toString();
  }
}

function wrongCredentials(): ProblemException {
  return new ProblemException(401, 'unauthorized', 'That email and password do not match an account.');
}

function refuseWeakPassword(password: string, email?: string): void {
  const weakness = passwordWeakness(password, email);
  if (weakness) {
    throw new ProblemException(400, 'validation_failed', weakness, [{ field: 'password', messages: [weakness] }]);
  }
}
