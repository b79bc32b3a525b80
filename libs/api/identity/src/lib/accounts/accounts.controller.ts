import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimiter, RequestContext } from '@crowdforge/api-platform';
import { EmailDto, LinkTokenDto, ResetPasswordDto, SignUpDto } from './dto/account.dto';
import { AccountsService } from './accounts.service';

const HOUR = 3600;

/** Signing up, confirming the address and recovering a password: open to anyone, rate-limited, no enumeration. */
@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly rateLimiter: RateLimiter,
    private readonly context: RequestContext,
  ) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({ operationId: 'accounts_signUp', summary: 'Sign up; a verification link is emailed' })
  @ApiAcceptedResponse({ description: 'Check your email (the same answer whether or not the address has an account)' })
  async signUp(@Body() body: SignUpDto): Promise<void> {
    await this.rateLimiter.consume({ key: `sign-up:ip:${this.context.ip}`, limit: 10, windowSeconds: HOUR });
    await this.accounts.signUp(body);
  }

  @Post('verification')
  @Public()
  @HttpCode(204)
  @ApiOperation({ operationId: 'accounts_verifyEmail', summary: 'Confirm an email address with the emailed token' })
  @ApiNoContentResponse()
  async verifyEmail(@Body() body: LinkTokenDto): Promise<void> {
    await this.rateLimiter.consume({ key: `verify:ip:${this.context.ip}`, limit: 30, windowSeconds: HOUR });
    await this.accounts.verifyEmail(body.token);
  }

  @Post('verification/resend')
  @Public()
  @HttpCode(202)
  @ApiOperation({ operationId: 'accounts_resendVerification', summary: 'Email a new verification link' })
  @ApiAcceptedResponse()
  async resendVerification(@Body() body: EmailDto): Promise<void> {
    await this.rateLimiter.consume(
      { key: `verify-resend:ip:${this.context.ip}`, limit: 10, windowSeconds: HOUR },
      { key: `verify-resend:account:${body.email}`, limit: 3, windowSeconds: HOUR },
    );
    await this.accounts.resendVerification(body.email);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ operationId: 'accounts_requestPasswordReset', summary: 'Email a password reset link' })
  @ApiAcceptedResponse({ description: 'The same answer whether or not the address has an account' })
  async requestPasswordReset(@Body() body: EmailDto): Promise<void> {
    await this.rateLimiter.consume(
      { key: `reset:ip:${this.context.ip}`, limit: 10, windowSeconds: HOUR },
      { key: `reset:account:${body.email}`, limit: 3, windowSeconds: HOUR },
    );
    await this.accounts.requestPasswordReset(body.email);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ operationId: 'accounts_resetPassword', summary: 'Set a new password with the emailed token' })
  @ApiNoContentResponse()
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.rateLimiter.consume({ key: `reset-confirm:ip:${this.context.ip}`, limit: 20, windowSeconds: HOUR });
    await this.accounts.resetPassword(body.token, body.password);
  }
}
