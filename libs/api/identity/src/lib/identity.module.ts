import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { Environment, resolveAppSecret } from '@crowdforge/api-platform';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsService } from './accounts/accounts.service';
import { MeController } from './accounts/me.controller';
import { PersonalDataService } from './accounts/personal-data.service';
import { AccessFactsService } from './access/access-facts.service';
import { IdentityGuard } from './access/identity.guard';
import { IdentityDemoSeeder } from './demo/identity-demo.seeder';
import { OrganisationAccess } from './access/organisation-access.service';
import { AccessTokenStrategy, SessionStrategy } from './access/strategies';
import { GrantsController } from './grants/grants.controller';
import { GrantsService } from './grants/grants.service';
import { OneTimeLinksService } from './links/one-time-links.service';
import { InvitationsController } from './organisations/invitations.controller';
import { InvitationsService } from './organisations/invitations.service';
import { MembersController } from './organisations/members.controller';
import { MembersService } from './organisations/members.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { SessionController } from './sessions/session.controller';
import { SessionsService } from './sessions/sessions.service';
import { AccessTokensController } from './tokens/access-tokens.controller';
import { AccessTokensService } from './tokens/access-tokens.service';

/** Accounts, sessions, access tokens, organisations, roles, invitations, grants, and the guard on every route. */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (environment: Environment) => ({
        secret: resolveAppSecret(environment),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [
    AccountsController,
    SessionController,
    MeController,
    AccessTokensController,
    OrganisationsController,
    MembersController,
    InvitationsController,
    GrantsController,
  ],
  providers: [
    AccountsService,
    PersonalDataService,
    SessionsService,
    AccessTokensService,
    OneTimeLinksService,
    OrganisationsService,
    MembersService,
    InvitationsService,
    GrantsService,
    OrganisationAccess,
    AccessFactsService,
    SessionStrategy,
    AccessTokenStrategy,
    IdentityDemoSeeder,
    { provide: APP_GUARD, useClass: IdentityGuard },
  ],
  exports: [AccountsService, PersonalDataService, OrganisationAccess, AccessFactsService, GrantsService],
})
export class IdentityModule {}
