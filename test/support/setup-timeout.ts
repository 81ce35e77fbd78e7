// Integration and e2e tests start real processes; give them time.
jest.setTimeout(120000);
