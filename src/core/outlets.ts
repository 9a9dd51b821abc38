/** Site names and the outlets behind them: used for link roles (clean) and the outlet (metadata). */
import outlets from './outlets.json' with { type: 'json' };

const TABLE = outlets as Record<string, string>;

/** The registrable-looking core of a host: "www.interfax.ru" → "interfax", "news.bbc.co.uk" → "bbc". */
export function siteCore(url: string): string | null {
  const host = /^(?:https?:\/\/)?([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  const parts = host.replace(/^www\d?\./, '').split('.');
  if (parts.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(parts[parts.length - 2]!)) return parts[parts.length - 3]!;
  return parts.length >= 2 ? parts[parts.length - 2]! : parts[0]!;
}

/** The outlet name for a site core ("wsj" → "The Wall Street Journal"), when it is a known outlet. */
export function knownOutlet(core: string): string | undefined {
  return core.startsWith('_') ? undefined : TABLE[core];
}
