/** Where the annual-clock picture of a year is served (src/http/routes/annual-clock.ts). */
export function annualClockUrl(publicUrl: string, year: number, locale: string, format: "png" | "svg" = "png"): string {
  return `${publicUrl}/annual-clock/${year}.${format}?lang=${locale}`;
}
