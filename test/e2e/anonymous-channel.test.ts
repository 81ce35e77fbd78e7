import { bearer, gql, SUBMIT } from '../support/graphql';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { startApi } from '../support/processes';

describe('with the anonymous channel switched off', () => {
  it('refuses a submission without a key with UNAUTHENTICATED, and still takes one with a key', async () => {
    const db = await openDatabase();
    const { key } = await orgWithKey(db, ['reports:write'], 'Closed NGO');
    const api = await startApi({ ANONYMOUS_SUBMISSIONS: 'false' });
    try {
      const anon = await gql(api.url, SUBMIT, { input: { narrative: 'text', countryCode: 'NO' } });
      expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const keyed = await gql(api.url, SUBMIT, { input: { narrative: 'text', countryCode: 'NO' } }, bearer(key));
      expect(keyed.errors).toBeUndefined();
    } finally {
      await api.stop();
      await db.destroy();
    }
  });
});
