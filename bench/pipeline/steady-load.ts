/**
 * Child process of the pipeline bench: submits reports at a steady rate
 * (open loop: a request is sent on schedule whatever the earlier ones are
 * doing) and tells the parent each receipt id with the time it was sent.
 * argv: url key rate seconds
 */
import { narrative } from './narratives';

const [url, key, rateText, secondsText] = process.argv.slice(2);
const rate = Number(rateText);
const total = Math.round(rate * Number(secondsText));
const SUBMIT = 'mutation($in: SubmitReportInput!){ submitReport(input:$in){ receipt { id } } }';

async function submit(i: number): Promise<void> {
  const sentAt = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: SUBMIT, variables: { in: { narrative: narrative(1_000_000 + i), countryCode: 'NO' } } }),
    });
    const body = (await res.json()) as { data?: { submitReport?: { receipt?: { id: string } } } };
    const id = body.data?.submitReport?.receipt?.id;
    process.send!(id ? { id, sentAt, answeredAt: Date.now() } : { failed: true });
  } catch {
    process.send!({ failed: true });
  }
}

async function main(): Promise<void> {
  const start = Date.now() + 100;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(submit(i));
  }
  await Promise.all(inFlight);
  process.send!({ done: true }, () => process.exit(0));
}

void main();
