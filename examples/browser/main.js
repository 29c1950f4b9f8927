// Calls Nango from the page: the connection's token and every Ticket record, page by page.
// The result is also published as window.exampleResult (the tests read it).
import { Nango } from 'nango-wasm';

const form = document.getElementById('form');
const out = document.getElementById('out');
const params = new URLSearchParams(location.search);
form.host.value = params.get('host') ?? '';
form.key.value = params.get('key') ?? '';

const print = (line) => {
    out.textContent += `${line}\n`;
};

async function run() {
    out.textContent = '';
    const nango = new Nango({ secretKey: form.key.value, host: form.host.value || undefined });
    const token = await nango.getToken('github', 'user-42');
    print(`github/user-42 token: ${String(token).slice(0, 8)}…`);

    let cursor = null;
    let records = 0;
    let pages = 0;
    do {
        const page = await nango.listRecords({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket', limit: 10, cursor });
        pages += 1;
        records += page.records.length;
        print(`page ${pages}: ${page.records.map((r) => r.id).join(', ')}`);
        cursor = page.next_cursor;
    } while (cursor);
    print(`${records} Ticket records in ${pages} pages`);
    return { token, records, pages };
}

form.addEventListener('submit', (event) => {
    event.preventDefault();
    run().catch((err) => print(`${err.name}: ${err.message}`));
});

if (form.host.value) {
    run().then(
        (result) => {
            window.exampleResult = result;
        },
        (err) => {
            print(`${err.name}: ${err.message}`);
            window.exampleResult = { error: err.message };
        }
    );
}
