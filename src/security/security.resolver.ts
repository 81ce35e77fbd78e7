import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access.decorators';
import { AnonymousGate } from './anonymous-gate.service';
import { AnonymousChallenge } from './dto/anonymous-challenge.type';
import { POW_HEADER } from './proof-of-work';

@Resolver()
export class SecurityResolver {
  constructor(private readonly gate: AnonymousGate) {}

  /** Public: a fresh challenge; solving it costs the client CPU time, not its identity. */
  @Public()
  @Query(() => AnonymousChallenge, { description: 'A proof-of-work challenge to solve before an anonymous submitReport' })
  anonymousChallenge(): AnonymousChallenge {
    const c = this.gate.challenge();
    return { challenge: c.challenge, difficulty: c.difficulty, expiresAt: c.expiresAt.toISOString(), header: POW_HEADER, required: c.required };
  }
}
