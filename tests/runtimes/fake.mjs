// A fresh fake Nango server for one run (a runtime's suite, a bundle), so that no run sees
// another's writes: `await withFake((url) => ...)` closes it afterwards.
import { startFakeNango } from '../fake-nango/server.mjs';

export async function withFake(fn) {
    const fake = await startFakeNango();
    try {
        return await fn(fake.url);
    } finally {
        await fake.close();
    }
}
