export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
  raw: string;
}

/** A real HTTP POST to /graphql. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  let parsed: { data?: T; errors?: GraphQLResponse['errors'] } = {};
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    // non-JSON answer; the test inspects raw
  }
  return { status: response.status, data: parsed.data, errors: parsed.errors, raw };
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

export const SUBMIT = `mutation Submit($input: SubmitReportInput!) {
  submitReport(input: $input) { receipt { id status statusToken } }
}`;

export const REPORT = `query Report($id: ID!) {
  report(id: $id) {
    id status receivedMonth occurredMonth countryCode regionCode language narrative
    violations { type subtypes confidence source evidence }
    perpetrators workSetting reportedToPolice safeguarding taxonomyVersion
    redactions { kind count }
  }
}`;

export const STATUS = `query Status($id: ID!, $token: String!) { reportStatus(receiptId: $id, statusToken: $token) }`;
