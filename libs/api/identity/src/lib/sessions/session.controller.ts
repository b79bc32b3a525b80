import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Environment, Public, RateLimiter, RequestContext, SignedIn } from '@crowdforge/api-platform';
import type { SessionInfo } from '@crowdforge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountsService } from '../accounts/accounts.service';
import { SignInDto } from '../accounts/dto/account.dto';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { SessionInfoDto } from './session.dto';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Signing in and out of the web app (an httpOnly session cookie plus a CSRF token). */
@ApiTags('session')
@Controller('session')
export class SessionController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
    private readonly context: RequestContext,
    private readonly environment: Environment,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'session_signIn', summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionInfoDto })
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionInfo> {
    await this.rateLimiter.consume(
      { key: `sign-in:ip:${this.context.ip}`, limit: this.environment.SIGN_INS_PER_IP, windowSeconds: 300 },
      { key: `sign-in:account:${body.email}`, limit: this.environment.SIGN_INS_PER_ACCOUNT, windowSeconds: 900 },
    );
    const user = await this.accounts.checkCredentials(body.email, body.password);
    const session = await this.sessions.start(user.id);
    setSessionCookie(request, reply, session.token, session.expiresAt);
    return { user: await this.accounts.currentUser(user.id), csrfToken: session.csrfToken };
  }

  @Get()
  @SignedIn({ sessionOnly: true })
  @ApiOperation({ operationId: 'session_current', summary: 'The signed-in person and the CSRF token of this session' })
  @ApiOkResponse({ type: SessionInfoDto })
  async current(@CurrentPrincipal() principal: Principal): Promise<SessionInfo> {
    const csrfToken = principal.via === 'session' ? principal.csrfToken : '';
    return { user: await this.accounts.currentUser(principal.userId), csrfToken };
  }

  @Delete()
  @SignedIn({ sessionOnly: true })
  @HttpCode(204)
  @ApiOperation({ operationId: 'session_signOut', summary: 'Sign out (this browser)' })
  @ApiNoContentResponse()
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (principal.via === 'session') await this.sessions.end(principal.sessionId);
    clearSessionCookie(reply);
  }
}
