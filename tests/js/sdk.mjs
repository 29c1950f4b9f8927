// The one place that decides which SDKs the JS tests compare.
//   Official: @nangohq/node (the behaviour reference).
//   Ours:     nango-wasm, or whatever NANGO_SDK_MODULE names (a package name or a path), e.g.
//             NANGO_SDK_MODULE=@nangohq/node to check the tests themselves against the official SDK.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const OFFICIAL_MODULE = '@nangohq/node';
export const OURS_MODULE = process.env.NANGO_SDK_MODULE || 'nango-wasm';
export const oursIsOfficial = OURS_MODULE === OFFICIAL_MODULE;

const specifier = (name) => (name.startsWith('.') || isAbsolute(name) ? pathToFileURL(resolve(process.cwd(), name)).href : name);

export const officialModule = await import(OFFICIAL_MODULE);
export const oursModule = oursIsOfficial ? officialModule : await import(specifier(OURS_MODULE));

export const Official = officialModule.Nango;
export const Ours = oursModule.Nango;

