/** The first of `hosts` that `hostname` equals or lies under (whole labels). */
export function matchHostSet(hostname: string, hosts: ReadonlySet<string>): string | null {
  if (hosts.size === 0) return null;
  let h = hostname;
  for (;;) {
    if (hosts.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}
