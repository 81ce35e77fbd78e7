import { execFileSync } from 'node:child_process';
import Redis from 'ioredis';

/** Where content could leak outside the API's answers: the queue and a database dump. */
/** Everything under a BullMQ prefix, values included. */
export async function redisContent(url: string, prefix: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    let everything = keys.join('\n');
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') everything += await redis.get(key);
      if (type === 'hash') everything += JSON.stringify(await redis.hgetall(key));
      if (type === 'list') everything += (await redis.lrange(key, 0, -1)).join();
      if (type === 'zset') everything += (await redis.zrange(key, 0, -1)).join();
      if (type === 'set') everything += (await redis.smembers(key)).join();
      if (type === 'stream') everything += JSON.stringify(await redis.xrange(key, '-', '+'));
    }
    return everything;
  } finally {
    redis.disconnect();
  }
}

export function pgDump(databaseUrl: string): string {
  return execFileSync('pg_dump', ['--data-only', databaseUrl], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
}
