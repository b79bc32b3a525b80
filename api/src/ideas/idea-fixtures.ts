import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../testing/people';

/** Leafy Tea with a manager (Maya) and a member (Max), and signed-in people outside it by name. */
export async function leafyTeaWith<Name extends string>(
  app: NestFastifyApplication,
  others: Record<Name, string>,
): Promise<{
  organisationId: string;
  manager: SignedInPerson;
  member: SignedInPerson;
  people: Record<Name, SignedInPerson>;
}> {
  const organisationId = await createOrganisation(app, 'Leafy Tea');
  const manager = await createSignedIn(app, { name: 'Maya Manager' });
  const member = await createSignedIn(app, { name: 'Max Member' });
  await addMember(app, organisationId, manager, 'manager');
  await addMember(app, organisationId, member, 'member');
  const people = {} as Record<Name, SignedInPerson>;
  for (const [key, name] of Object.entries(others) as [Name, string][]) {
    people[key] = await createSignedIn(app, { name });
  }
  return { organisationId, manager, member, people };
}
