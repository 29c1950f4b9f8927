// The CommonJS declarations (index.d.cts), read as a CommonJS consumer does: names, a call and
// the error guard.
import { getUserAgent, isNangoError, Nango, prodHost, SyncConfigType, type NangoResponse } from '../../pkg/index.cjs';

const nango = new Nango({ secretKey: 'sk' });
async function main(): Promise<void> {
    const res: NangoResponse<void> = await nango.deleteConnection('github', 'user-42');
    const token = await nango.getToken('github', 'user-42');
    try {
        await nango.getConnection('github', 'user-42');
    } catch (err) {
        if (isNangoError(err)) console.log(err.code, res.status, token);
    }
}
console.log(prodHost, SyncConfigType.ACTION, getUserAgent(), main);
